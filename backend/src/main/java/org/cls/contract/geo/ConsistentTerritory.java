package org.cls.contract.geo;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Objects;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import org.cls.contract.TerritoryDto;

/** The départements lie in the région and the communes in the départements. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ConsistentTerritory.Validator.class)
public @interface ConsistentTerritory {

    String message() default "{org.cls.contract.geo.ConsistentTerritory.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ConsistentTerritory, TerritoryDto> {
        @Override
        public boolean isValid(TerritoryDto t, ConstraintValidatorContext context) {
            if (t == null || !InseeCodes.isRegion(t.regionCode()) || t.departementCodes() == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            boolean valid = true;
            boolean departementsOutside = t.departementCodes().stream()
                    .filter(InseeCodes::isDepartement)
                    .anyMatch(d -> !t.regionCode().equals(InseeCodes.regionOf(d)));
            if (departementsOutside) {
                valid = false;
                context.buildConstraintViolationWithTemplate("{org.cls.contract.geo.ConsistentTerritory.departements}")
                        .addPropertyNode("departementCodes").addConstraintViolation();
            }
            boolean communesOutside = t.communeCodes() != null && t.communeCodes().stream()
                    .filter(Objects::nonNull)
                    .filter(InseeCodes::isCommuneFormat)
                    .anyMatch(c -> !t.departementCodes().contains(InseeCodes.departementOfCommune(c)));
            if (communesOutside) {
                valid = false;
                context.buildConstraintViolationWithTemplate("{org.cls.contract.geo.ConsistentTerritory.communes}")
                        .addPropertyNode("communeCodes").addConstraintViolation();
            }
            return valid;
        }
    }
}
