-- Keycloak keeps its own database beside the application's.
create database keycloak owner cls;
