package org.cls.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

import org.cls.action.ActionService;

/**
 * What an indicator's values say, computed on every read from its definition and two of its values (the first and the
 * latest by date). No I/O: the rules below are the documentation of the API's computed fields.
 * <ul>
 * <li><b>Reference</b>: the baseline; without one, the first value recorded (value and date).</li>
 * <li><b>achievement</b> = (latest − reference) / (target − reference), the sign taken from the direction so that 1 means
 * the target is reached whichever way is better; clamped to [0, 1]. When the reference is already at or beyond the
 * target (target equal to the baseline, or a first value past it): 1 when the latest value is at least as good as the
 * target, else 0. Null without any value.</li>
 * <li><b>expectedAchievement</b>: where a linear path from the reference date (else the indicator's creation date) to the
 * target date stands today, in [0, 1]: 0 before the start, 1 from the target date on.</li>
 * <li><b>trackStatus</b>: NO_DATA without any value; ON_TRACK when the target is reached, or, up to the target date, when
 * achievement is at most {@value #ON_TRACK_MARGIN} below expectedAchievement; AT_RISK when at most
 * {@value #AT_RISK_MARGIN} below; OFF_TRACK otherwise. After the target date an unreached target is at best AT_RISK.</li>
 * <li><b>nextDueDate</b>: the first period end (see {@link Frequency}) after the latest value's date, or after the
 * reference date (else the creation date) without any value; none once a value covers the target date.</li>
 * </ul>
 */
public final class IndicatorProgress {

    public static final double ON_TRACK_MARGIN = 0.10;
    public static final double AT_RISK_MARGIN = 0.25;

    /** The computed-fields documentation, shared by the API descriptions. */
    public static final String RULES = "Computed on every read. Reference: the baseline, or without one the first value recorded. "
            + "achievement = (latest − reference) / (target − reference), direction-aware so that 1 means the target is reached, "
            + "clamped to [0, 1]; when the reference is already at or beyond the target (target equal to the baseline): 1 if the "
            + "latest value is at least as good as the target, else 0; null without values. expectedAchievement: a linear path "
            + "from the reference date (else the creation date) to the target date, evaluated today (Europe/Paris), in [0, 1]. "
            + "trackStatus: NO_DATA without values; ON_TRACK when the target is reached or, up to the target date, when "
            + "achievement ≥ expectedAchievement − 0.10; AT_RISK when achievement ≥ expectedAchievement − 0.25 (after the target "
            + "date an unreached target is at best AT_RISK); OFF_TRACK otherwise. nextDueDate: the first period end of the "
            + "frequency after the latest value's date (or after the reference or creation date without values); absent once "
            + "a value covers the target date.";

    /** A dated value. */
    public record Point(LocalDate date, BigDecimal value) {
    }

    public record Result(BigDecimal latestValue, LocalDate latestDate, Double achievement, Double expectedAchievement,
            TrackStatus trackStatus, LocalDate nextDueDate) {
    }

    private IndicatorProgress() {
    }

    /**
     * @param baseline  null when the indicator has none
     * @param first     the earliest value, null without values
     * @param latest    the latest value, null without values
     * @param createdOn the day the indicator was created: the start when there is neither baseline nor value
     */
    public static Result compute(Direction direction, Point baseline, Point target, Frequency frequency, Point first,
            Point latest, LocalDate createdOn, LocalDate today) {
        Point reference = baseline != null ? baseline : first;
        LocalDate start = reference != null ? reference.date() : createdOn;
        Double expected = round(expected(start, target.date(), today));
        LocalDate nextDue = nextDue(latest != null ? latest.date() : start, target.date(), frequency, latest != null);
        if (latest == null) {
            return new Result(null, null, null, expected, TrackStatus.NO_DATA, nextDue);
        }
        double achievement = achievement(direction, reference.value(), target.value(), latest.value());
        return new Result(latest.value(), latest.date(), round(achievement), expected,
                status(achievement, expected, !today.isAfter(target.date())), nextDue);
    }

    /** The computed fields of an indicator, given its first and latest values (null without values). */
    public static Result of(Indicator i, Point first, Point latest, LocalDate today) {
        return compute(i.direction, i.baselineValue == null ? null : new Point(i.baselineDate, i.baselineValue),
                new Point(i.targetDate, i.targetValue), i.frequency, first, latest,
                i.createdAt.atZone(ActionService.PARIS).toLocalDate(), today);
    }

    static double achievement(Direction direction, BigDecimal reference, BigDecimal target, BigDecimal latest) {
        int sign = direction == Direction.DECREASE ? -1 : 1;
        double gap = target.subtract(reference).doubleValue() * sign;
        if (gap <= 0) {
            return latest.subtract(target).doubleValue() * sign >= 0 ? 1 : 0;
        }
        double done = latest.subtract(reference).doubleValue() * sign;
        return Math.max(0, Math.min(1, done / gap));
    }

    static double expected(LocalDate start, LocalDate targetDate, LocalDate today) {
        if (!today.isBefore(targetDate)) {
            return 1;
        }
        if (!today.isAfter(start)) {
            return 0;
        }
        return (double) ChronoUnit.DAYS.between(start, today) / ChronoUnit.DAYS.between(start, targetDate);
    }

    static TrackStatus status(double achievement, double expected, boolean beforeTargetDate) {
        if (achievement >= 1 || beforeTargetDate && achievement >= expected - ON_TRACK_MARGIN - 1e-9) {
            return TrackStatus.ON_TRACK;
        }
        return achievement >= expected - AT_RISK_MARGIN - 1e-9 ? TrackStatus.AT_RISK : TrackStatus.OFF_TRACK;
    }

    static LocalDate nextDue(LocalDate after, LocalDate targetDate, Frequency frequency, boolean hasValues) {
        if (hasValues && !after.isBefore(targetDate)) {
            return null;
        }
        return periodEndAfter(after, frequency);
    }

    /** The first end of a period of the frequency strictly after the date. */
    public static LocalDate periodEndAfter(LocalDate date, Frequency frequency) {
        int months = frequency.months;
        int endMonth = (date.getMonthValue() + months - 1) / months * months;
        LocalDate end = YearMonth.of(date.getYear(), endMonth).atEndOfMonth();
        return end.isAfter(date) ? end : YearMonth.from(end).plusMonths(months).atEndOfMonth();
    }

    private static Double round(double value) {
        return Math.round(value * 10000) / 10000.0;
    }
}
