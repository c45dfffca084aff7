#!/usr/bin/env python3
"""Checks the production shape: keycloak/realm-prod.json, docker-compose.yml and the nginx/backend upload limits.

    python3 scripts/check-prod-realm.py            (run by ./test.sh in its docker-compose step)

The production realm must hold no user, no secret literal (every secret a ${ENV_VAR} placeholder), no client with
the password grant, sslRequired external, brute-force detection, a password policy, verified emails that users
cannot edit, and OTP required for the ars role. docker-compose.yml must import that realm (never the development
one), publish no Keycloak port, run Keycloak in production mode and take every secret from the environment with
${VAR:?message}. nginx must accept the same upload size as the backend. Exit status 1 lists every failure.
PyYAML comes with docker-compose (test.sh installs it before this step).
"""
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REALM = os.path.join(ROOT, "keycloak", "realm-prod.json")
COMPOSE = os.path.join(ROOT, "docker-compose.yml")
NGINX = os.path.join(ROOT, "frontend", "nginx.conf")
PROPERTIES = os.path.join(ROOT, "backend", "src", "main", "resources", "application.properties")

PLACEHOLDER = re.compile(r"^\$\{[A-Z][A-Z0-9_]*\}$")
ENV_PLACEHOLDER = re.compile(r"\$\{([A-Z][A-Z0-9_]*)\}")
REQUIRED_VAR = re.compile(r"^\$\{[A-Z][A-Z0-9_]*:\?[^}]+\}$")
SECRET_KEY = re.compile(r"(secret|password)$", re.IGNORECASE)
KNOWN_LITERALS = ("change-me", "ars-reporting-secret", "cls-backend-secret")

failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
    return condition


def walk(node, path=""):
    """Yields (path, key, value) for every key of every object."""
    if isinstance(node, dict):
        for key, value in node.items():
            yield path + "/" + key, key, value
            yield from walk(value, path + "/" + key)
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from walk(value, "%s[%d]" % (path, i))


def check_realm():
    if not check(os.path.isfile(REALM), "keycloak/realm-prod.json is missing"):
        return set()
    with open(REALM, encoding="utf-8") as f:
        text = f.read()
    realm = json.loads(text)
    check(realm.get("realm") == "cls", "realm-prod.json: realm must be 'cls'")
    check(not realm.get("users"), "realm-prod.json: holds %d user(s); a production realm holds none" % len(realm.get("users") or []))
    check(not realm.get("federatedUsers"), "realm-prod.json: holds federated users")
    for path, key, value in walk(realm):
        if SECRET_KEY.search(key) and isinstance(value, str):
            check(PLACEHOLDER.match(value), "realm-prod.json: %s is a literal, not a ${ENV_VAR} placeholder" % path)
        if key == "credentials":
            check(not value, "realm-prod.json: %s holds credentials" % path)
    for literal in KNOWN_LITERALS:
        check(literal not in text, "realm-prod.json: contains the literal %r" % literal)
    clients = {c.get("clientId"): c for c in realm.get("clients", [])}
    for client_id, client in clients.items():
        check(client.get("directAccessGrantsEnabled") is not True,
              "realm-prod.json: client %s has directAccessGrantsEnabled (password grant)" % client_id)
        check(client.get("implicitFlowEnabled") is not True, "realm-prod.json: client %s has the implicit flow" % client_id)
    check("cls-cli" not in clients, "realm-prod.json: the development client cls-cli is present")
    spa = clients.get("cls-spa", {})
    check(spa.get("publicClient") is True and spa.get("attributes", {}).get("pkce.code.challenge.method") == "S256",
          "realm-prod.json: cls-spa must be a public client with PKCE S256")
    check(any(m.get("protocolMapper") == "oidc-audience-mapper" and m.get("config", {}).get("included.client.audience") == "cls-backend"
              for m in spa.get("protocolMappers", [])), "realm-prod.json: cls-spa lacks the cls-backend audience mapper")
    for client_id in ("cls-spa", "ars-reporting"):
        names = {m.get("config", {}).get("user.attribute") for m in clients.get(client_id, {}).get("protocolMappers", [])}
        check({"region_codes", "departement_codes"} <= names,
              "realm-prod.json: %s lacks the region_codes/departement_codes mappers" % client_id)
    reporting = clients.get("ars-reporting", {})
    check(reporting.get("serviceAccountsEnabled") is True and PLACEHOLDER.match(str(reporting.get("secret", ""))),
          "realm-prod.json: ars-reporting must be a service account whose secret is a ${ENV_VAR} placeholder")
    check(realm.get("sslRequired") == "external", "realm-prod.json: sslRequired must be 'external'")
    check(realm.get("bruteForceProtected") is True, "realm-prod.json: bruteForceProtected must be true")
    check(bool(realm.get("passwordPolicy")), "realm-prod.json: no passwordPolicy")
    check(realm.get("verifyEmail") is True, "realm-prod.json: verifyEmail must be true")
    check(realm.get("editUsernameAllowed") is False, "realm-prod.json: editUsernameAllowed must be false")
    check(realm.get("registrationAllowed") is not True, "realm-prod.json: self-registration must stay off")
    check(email_edit_by_admin_only(realm), "realm-prod.json: the user profile must let only admins edit the email")
    check(otp_required_for_ars(realm), "realm-prod.json: the browser flow must require OTP for the ars role")
    return set(ENV_PLACEHOLDER.findall(text))


def email_edit_by_admin_only(realm):
    for component in realm.get("components", {}).get("org.keycloak.userprofile.UserProfileProvider", []):
        for config in component.get("config", {}).get("kc.user.profile.config", []):
            for attribute in json.loads(config).get("attributes", []):
                if attribute.get("name") == "email":
                    return attribute.get("permissions", {}).get("edit") == ["admin"]
    return False


def otp_required_for_ars(realm):
    flows = {f.get("alias"): f for f in realm.get("authenticationFlows", [])}
    configs = {c.get("alias"): c.get("config", {}) for c in realm.get("authenticatorConfig", [])}

    def reaches(alias, seen=()):
        """True when the flow (or a subflow) runs a role condition on ars, not negated, then the OTP form."""
        flow = flows.get(alias)
        if flow is None or alias in seen:
            return False
        executions = flow.get("authenticationExecutions", [])
        role = [e for e in executions if e.get("authenticator") == "conditional-user-role"
                and configs.get(e.get("authenticatorConfig"), {}).get("condUserRole") == "ars"
                and configs.get(e.get("authenticatorConfig"), {}).get("negate") in (None, "false")]
        otp = [e for e in executions if e.get("authenticator") == "auth-otp-form" and e.get("requirement") == "REQUIRED"]
        if role and otp:
            return True
        return any(reaches(e.get("flowAlias"), seen + (alias,)) for e in executions if e.get("authenticatorFlow"))

    check(bool(realm.get("otpPolicyType")), "realm-prod.json: no OTP policy")
    return bool(realm.get("browserFlow")) and reaches(realm.get("browserFlow"))


def check_compose(realm_vars):
    try:
        import yaml
    except ImportError:
        check(False, "PyYAML is missing (it comes with docker-compose: apt-get install docker-compose)")
        return
    with open(COMPOSE, encoding="utf-8") as f:
        text = f.read()
    services = (yaml.safe_load(text) or {}).get("services", {})
    for literal in KNOWN_LITERALS:
        check(literal not in text, "docker-compose.yml: contains the literal %r" % literal)
    keycloak = services.get("keycloak")
    if not check(keycloak is not None, "docker-compose.yml: no keycloak service"):
        return
    volumes = [str(v) for v in keycloak.get("volumes", [])]
    check(any("keycloak/realm-prod.json:/opt/keycloak/data/import/" in v for v in volumes),
          "docker-compose.yml: keycloak must import keycloak/realm-prod.json")
    check(not any("realm-cls.json" in v for s in services.values() for v in map(str, s.get("volumes", []))),
          "docker-compose.yml: imports the development realm realm-cls.json")
    check(not keycloak.get("ports"), "docker-compose.yml: keycloak publishes port(s) %s" % keycloak.get("ports"))
    command = keycloak.get("command", [])
    command = command.split() if isinstance(command, str) else [str(c) for c in command]
    check("start" in command and "start-dev" not in command, "docker-compose.yml: keycloak must run 'start' (production mode)")
    environment = keycloak.get("environment", {})
    environment = environment if isinstance(environment, dict) else dict(e.split("=", 1) for e in environment)
    check(environment.get("KC_PROXY_HEADERS") == "xforwarded", "docker-compose.yml: keycloak needs KC_PROXY_HEADERS=xforwarded")
    check(bool(environment.get("KC_HOSTNAME")), "docker-compose.yml: keycloak needs KC_HOSTNAME")
    missing = sorted(v for v in realm_vars if v not in environment)
    check(not missing, "docker-compose.yml: keycloak's environment lacks %s used by realm-prod.json" % ", ".join(missing))
    for name, service in services.items():
        env = service.get("environment", {})
        env = env if isinstance(env, dict) else dict(e.split("=", 1) for e in env)
        for key, value in env.items():
            if SECRET_KEY.search(key):
                check(REQUIRED_VAR.match(str(value)),
                      "docker-compose.yml: %s.%s must come from the environment as ${VAR:?message}, not %r" % (name, key, value))


def memory_size(value):
    """Bytes of an nginx or Quarkus size (k/m/g suffixes are binary in both)."""
    match = re.fullmatch(r"(\d+)([kKmMgG]?)", value.strip())
    if not match:
        return None
    return int(match.group(1)) * {"": 1, "k": 1 << 10, "m": 1 << 20, "g": 1 << 30}[match.group(2).lower()]


def check_upload_limits():
    with open(NGINX, encoding="utf-8") as f:
        nginx = re.findall(r"^\s*client_max_body_size\s+(\S+);", f.read(), re.MULTILINE)
    with open(PROPERTIES, encoding="utf-8") as f:
        backend = re.findall(r"^quarkus\.http\.limits\.max-body-size\s*=\s*(\S+)", f.read(), re.MULTILINE)
    if check(nginx and backend, "nginx.conf client_max_body_size or quarkus.http.limits.max-body-size not found"):
        check(all(memory_size(n) == memory_size(backend[0]) for n in nginx),
              "frontend/nginx.conf client_max_body_size %s differs from quarkus.http.limits.max-body-size=%s"
              % ("/".join(nginx), backend[0]))


realm_vars = check_realm()
check_compose(realm_vars)
check_upload_limits()
if failures:
    print("Production shape: %d problem(s)" % len(failures))
    for failure in failures:
        print("  - " + failure)
    sys.exit(1)
print("Production shape: realm-prod.json (no user, no secret literal, no password grant), docker-compose.yml and upload limits OK")
