package org.cls.action;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** The end date of an action is not before its start date; reported on {@code endDate}. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ActionPeriod.Validator.class)
public @interface ActionPeriod {

    String message() default "{org.cls.action.ActionPeriod.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ActionPeriod, ActionInput> {
        @Override
        public boolean isValid(ActionInput input, ConstraintValidatorContext context) {
            if (input == null || input.startDate() == null || input.endDate() == null
                    || !input.endDate().isBefore(input.startDate())) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("endDate").addConstraintViolation();
            return false;
        }
    }
}
