package org.cls.partner;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** A SIRET: 14 digits passing the Luhn check (La Poste's establishments, SIREN 356000000, use a sum of digits divisible by 5). */
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.TYPE_USE, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = Siret.Validator.class)
public @interface Siret {

    String message() default "{org.cls.partner.Siret.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<Siret, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || isValid(value);
        }

        public static boolean isValid(String value) {
            if (!value.matches("\\d{14}")) {
                return false;
            }
            if (value.startsWith("356000000") && !value.equals("35600000000048")) {
                int sum = value.chars().map(c -> c - '0').sum();
                return sum % 5 == 0;
            }
            int sum = 0;
            for (int i = 0; i < 14; i++) {
                int d = value.charAt(13 - i) - '0';
                if (i % 2 == 1) {
                    d *= 2;
                    if (d > 9) {
                        d -= 9;
                    }
                }
                sum += d;
            }
            return sum % 10 == 0;
        }
    }
}
