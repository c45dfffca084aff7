package org.cls.common;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Gives every PATCH ({@code application/merge-patch+json}) body its own {@code …Patch} schema, derived from the
 * input schema the server merges it into ({@link Patching}): no property is required; a property optional in the
 * input is nullable (null removes it from the merged input, which clears it); a required one is not (null is
 * refused with a 400 naming it); nested objects are merge patches of their own ({@code …Patch}, recursively);
 * arrays are replaced whole. The body's input schema is its {@code $ref} or, for an inline copy, the component
 * with the same properties (the one the body's description names when several have them).
 */
public class MergePatchSchemasFilter implements OASFilter {

    static final String SCHEMAS = "#/components/schemas/";

    private Components components;
    private final Map<String, String> patches = new HashMap<>();

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        components = openAPI.getComponents();
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null || components == null
                || components.getSchemas() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().stream().map(PathItem::getPATCH).filter(Objects::nonNull)
                .map(operation -> operation.getRequestBody() == null || operation.getRequestBody().getContent() == null ? null
                        : operation.getRequestBody().getContent().getMediaType(MergePatch.MEDIA_TYPE))
                .filter(media -> media != null && media.getSchema() != null)
                .forEach(this::usePatchSchema);
    }

    private void usePatchSchema(MediaType media) {
        String input = inputOf(media.getSchema());
        if (input != null) {
            media.setSchema(OASFactory.createSchema().ref(SCHEMAS + patchOf(input)));
        }
    }

    private String inputOf(Schema body) {
        Map<String, Schema> schemas = components.getSchemas();
        if (body.getRef() != null) {
            String name = body.getRef().substring(body.getRef().lastIndexOf('/') + 1);
            return schemas.containsKey(name) ? name : null;
        }
        if (body.getProperties() == null) {
            return null;
        }
        List<String> candidates = schemas.entrySet().stream()
                .filter(e -> e.getValue().getProperties() != null
                        && e.getValue().getProperties().keySet().equals(body.getProperties().keySet())
                        && requiredOf(e.getValue()).equals(requiredOf(body)))
                .map(Map.Entry::getKey).toList();
        if (candidates.size() == 1) {
            return candidates.get(0);
        }
        String description = body.getDescription() == null ? "" : body.getDescription();
        List<String> named = candidates.stream().filter(description::contains).toList();
        return named.size() == 1 ? named.get(0) : null;
    }

    /** The name of the patch schema of {@code name}, created on first use. */
    private String patchOf(String name) {
        String existing = patches.get(name);
        if (existing != null) {
            return existing;
        }
        String patchName = (name.endsWith("Input") ? name.substring(0, name.length() - "Input".length()) : name) + "Patch";
        if (components.getSchemas().containsKey(patchName)) {
            patchName = name + "Patch";
        }
        patches.put(name, patchName);
        Schema source = components.getSchemas().get(name);
        Set<String> required = requiredOf(source);
        Schema patch = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("JSON merge patch (RFC 7396) of " + name + ": only the properties sent change; null clears an"
                        + " optional property; nested objects are merged, arrays are replaced whole.");
        if (source.getAdditionalPropertiesBoolean() != null) {
            patch.setAdditionalPropertiesBoolean(source.getAdditionalPropertiesBoolean());
        }
        components.addSchema(patchName, patch);
        source.getProperties().forEach((property, schema) -> patch.addProperty(property, property(schema, required.contains(property))));
        return patchName;
    }

    private Schema property(Schema source, boolean required) {
        Schema copy = OASFactory.createSchema();
        copy.setAll(source.getAll());
        String target = source.getRef() != null && source.getRef().startsWith(SCHEMAS) ? source.getRef().substring(SCHEMAS.length()) : null;
        boolean object = target != null && isObject(components.getSchemas().get(target));
        boolean array = source.getType() != null && source.getType().contains(Schema.SchemaType.ARRAY);
        if (object) {
            copy.setRef(SCHEMAS + patchOf(target));
        }
        String how = object ? "Merged into its current value (a merge patch of its own)" : array ? "Replaced whole" : null;
        String clear = required ? "cannot be cleared (null is refused)" : "null clears it, as when omitted from a replace";
        String description = sentence(source.getDescription()) + (how == null ? capitalize(clear) : how + "; " + clear) + ".";
        if (required) {
            return copy.description(description);
        }
        if (copy.getRef() != null || copy.getEnumeration() != null || copy.getType() == null) {
            copy.setDescription(null);
            return OASFactory.createSchema().description(description)
                    .anyOf(List.of(copy, OASFactory.createSchema().addType(Schema.SchemaType.NULL)));
        }
        List<Schema.SchemaType> types = new ArrayList<>(copy.getType());
        types.add(Schema.SchemaType.NULL);
        return copy.type(types).description(description);
    }

    private static boolean isObject(Schema schema) {
        return schema != null && (schema.getProperties() != null
                || schema.getType() != null && schema.getType().contains(Schema.SchemaType.OBJECT));
    }

    private static Set<String> requiredOf(Schema schema) {
        return schema.getRequired() == null ? Set.of() : new HashSet<>(schema.getRequired());
    }

    private static String sentence(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String trimmed = text.strip();
        return trimmed + (trimmed.endsWith(".") ? " " : ". ");
    }

    private static String capitalize(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
