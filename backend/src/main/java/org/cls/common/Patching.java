package org.cls.common;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Applies a JSON merge patch to the current state of a resource (as its input DTO) and validates the result. */
@ApplicationScoped
public class Patching {

    @Inject
    ObjectMapper json;

    @Inject
    Validator validator;

    public <T> T apply(T current, JsonNode patch, Class<T> type) {
        if (patch == null || !patch.isObject()) {
            throw ApiException.badParameter("body", "a JSON object is expected");
        }
        JsonNode merged = MergePatch.apply(json.valueToTree(current), patch);
        T input;
        try {
            input = json.treeToValue(merged, type);
        } catch (UnrecognizedPropertyException e) {
            throw ApiException.badParameter(ProblemMappers.jsonPath(e), "unknown property");
        } catch (JsonMappingException e) {
            String field = ProblemMappers.jsonPath(e);
            throw ApiException.badParameter(field.isEmpty() ? "body" : field, "invalid value or type");
        } catch (JsonProcessingException e) {
            throw ApiException.badParameter("body", "invalid value or type");
        }
        validate(input);
        return input;
    }

    public <T> void validate(T input) {
        Set<ConstraintViolation<T>> violations = validator.validate(input);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
    }
}
