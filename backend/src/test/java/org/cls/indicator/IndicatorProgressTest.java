package org.cls.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.cls.indicator.IndicatorProgress.Point;
import org.cls.indicator.IndicatorProgress.Result;
import org.junit.jupiter.api.Test;

class IndicatorProgressTest {

    static final LocalDate START = LocalDate.of(2025, 1, 1);
    static final LocalDate TARGET_DATE = LocalDate.of(2026, 12, 31);
    static final LocalDate CREATED = LocalDate.of(2025, 2, 10);
    /** Half-way between START and TARGET_DATE (364 of 729 days). */
    static final LocalDate MIDWAY = LocalDate.of(2025, 12, 31);

    static Point p(String date, double value) {
        return new Point(LocalDate.parse(date), BigDecimal.valueOf(value));
    }

    static Result increase(Point first, Point latest, LocalDate today) {
        return IndicatorProgress.compute(Direction.INCREASE, p("2025-01-01", 0), new Point(TARGET_DATE, BigDecimal.valueOf(200)),
                Frequency.SEMIANNUAL, first, latest, CREATED, today);
    }

    @Test
    void noDataIsNoDataWithExpectedPathAndFirstDueDate() {
        Result r = increase(null, null, MIDWAY);
        assertThat(r.trackStatus()).isEqualTo(TrackStatus.NO_DATA);
        assertThat(r.latestValue()).isNull();
        assertThat(r.achievement()).isNull();
        assertThat(r.expectedAchievement()).isEqualTo(0.4993);
        assertThat(r.nextDueDate()).isEqualTo(LocalDate.of(2025, 6, 30));
    }

    @Test
    void noDataAndNoBaselineStartsFromTheCreationDate() {
        Result r = IndicatorProgress.compute(Direction.INCREASE, null, new Point(TARGET_DATE, BigDecimal.TEN), Frequency.QUARTERLY,
                null, null, CREATED, CREATED);
        assertThat(r.trackStatus()).isEqualTo(TrackStatus.NO_DATA);
        assertThat(r.expectedAchievement()).isEqualTo(0.0);
        assertThat(r.nextDueDate()).isEqualTo(LocalDate.of(2025, 3, 31));
    }

    @Test
    void achievementIsTheShareOfTheWayFromBaselineToTarget() {
        Result r = increase(p("2025-06-30", 45), p("2025-12-31", 100), MIDWAY);
        assertThat(r.latestValue()).isEqualByComparingTo("100");
        assertThat(r.latestDate()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(r.achievement()).isEqualTo(0.5);
        assertThat(r.trackStatus()).isEqualTo(TrackStatus.ON_TRACK);
        assertThat(r.nextDueDate()).isEqualTo(LocalDate.of(2026, 6, 30));
    }

    @Test
    void statusThresholdsAreTenAndTwentyFivePointsBelowTheExpectedPath() {
        // expected 0.4993 at MIDWAY: ON_TRACK down to 0.3993, AT_RISK down to 0.2493
        assertThat(increase(null, p("2025-12-31", 80), MIDWAY).trackStatus()).isEqualTo(TrackStatus.ON_TRACK); // 0.40
        assertThat(increase(null, p("2025-12-31", 78), MIDWAY).trackStatus()).isEqualTo(TrackStatus.AT_RISK); // 0.39
        assertThat(increase(null, p("2025-12-31", 50), MIDWAY).trackStatus()).isEqualTo(TrackStatus.AT_RISK); // 0.25
        assertThat(increase(null, p("2025-12-31", 48), MIDWAY).trackStatus()).isEqualTo(TrackStatus.OFF_TRACK); // 0.24
    }

    @Test
    void achievementIsClampedBetweenZeroAndOne() {
        assertThat(increase(null, p("2025-12-31", 350), MIDWAY).achievement()).isEqualTo(1.0);
        Result backwards = IndicatorProgress.compute(Direction.INCREASE, p("2025-01-01", 50), new Point(TARGET_DATE, BigDecimal.valueOf(200)),
                Frequency.SEMIANNUAL, null, p("2025-06-30", 20), CREATED, LocalDate.of(2025, 7, 1));
        assertThat(backwards.achievement()).isEqualTo(0.0);
        assertThat(backwards.trackStatus()).isEqualTo(TrackStatus.AT_RISK);
    }

    @Test
    void decreaseDirectionCountsTheWayDown() {
        // waiting time 40 days -> 20 days: down to 30 is half-way
        Result r = IndicatorProgress.compute(Direction.DECREASE, p("2025-01-01", 40), new Point(TARGET_DATE, BigDecimal.valueOf(20)),
                Frequency.YEARLY, null, p("2025-12-31", 30), CREATED, MIDWAY);
        assertThat(r.achievement()).isEqualTo(0.5);
        assertThat(r.trackStatus()).isEqualTo(TrackStatus.ON_TRACK);
        assertThat(r.nextDueDate()).isEqualTo(TARGET_DATE);
        Result worse = IndicatorProgress.compute(Direction.DECREASE, p("2025-01-01", 40), new Point(TARGET_DATE, BigDecimal.valueOf(20)),
                Frequency.YEARLY, null, p("2025-12-31", 45), CREATED, MIDWAY);
        assertThat(worse.achievement()).isEqualTo(0.0);
        assertThat(worse.trackStatus()).isEqualTo(TrackStatus.OFF_TRACK);
        Result beyond = IndicatorProgress.compute(Direction.DECREASE, p("2025-01-01", 40), new Point(TARGET_DATE, BigDecimal.valueOf(20)),
                Frequency.YEARLY, null, p("2025-12-31", 12), CREATED, MIDWAY);
        assertThat(beyond.achievement()).isEqualTo(1.0);
    }

    @Test
    void withoutBaselineTheFirstValueIsTheReference() {
        Result r = IndicatorProgress.compute(Direction.INCREASE, null, new Point(TARGET_DATE, BigDecimal.valueOf(120)), Frequency.SEMIANNUAL,
                p("2025-01-01", 20), p("2025-12-31", 70), CREATED, MIDWAY);
        assertThat(r.achievement()).isEqualTo(0.5);
        assertThat(r.expectedAchievement()).isEqualTo(0.4993);
        Result single = IndicatorProgress.compute(Direction.INCREASE, null, new Point(TARGET_DATE, BigDecimal.valueOf(120)),
                Frequency.SEMIANNUAL, p("2025-06-30", 20), p("2025-06-30", 20), CREATED, LocalDate.of(2025, 7, 1));
        assertThat(single.achievement()).isEqualTo(0.0);
        assertThat(single.expectedAchievement()).isEqualTo(0.0018);
        assertThat(single.trackStatus()).isEqualTo(TrackStatus.ON_TRACK);
    }

    @Test
    void withoutBaselineAFirstValuePastTheTargetCountsAsReached() {
        Result r = IndicatorProgress.compute(Direction.DECREASE, null, new Point(TARGET_DATE, BigDecimal.valueOf(20)), Frequency.YEARLY,
                p("2025-12-31", 18), p("2025-12-31", 18), CREATED, MIDWAY);
        assertThat(r.achievement()).isEqualTo(1.0);
        assertThat(r.trackStatus()).isEqualTo(TrackStatus.ON_TRACK);
    }

    @Test
    void targetEqualToBaselineIsReachedWhenHeld() {
        Point baseline = p("2025-01-01", 95);
        Point target = new Point(TARGET_DATE, BigDecimal.valueOf(95));
        assertThat(IndicatorProgress.compute(Direction.INCREASE, baseline, target, Frequency.YEARLY, null, p("2025-12-31", 95), CREATED, MIDWAY)
                .achievement()).isEqualTo(1.0);
        assertThat(IndicatorProgress.compute(Direction.INCREASE, baseline, target, Frequency.YEARLY, null, p("2025-12-31", 97), CREATED, MIDWAY)
                .achievement()).isEqualTo(1.0);
        Result dropped = IndicatorProgress.compute(Direction.INCREASE, baseline, target, Frequency.YEARLY, null, p("2025-12-31", 94),
                CREATED, MIDWAY);
        assertThat(dropped.achievement()).isEqualTo(0.0);
        assertThat(dropped.trackStatus()).isEqualTo(TrackStatus.OFF_TRACK);
        assertThat(IndicatorProgress.compute(Direction.DECREASE, baseline, target, Frequency.YEARLY, null, p("2025-12-31", 94), CREATED, MIDWAY)
                .achievement()).isEqualTo(1.0);
    }

    @Test
    void pastTheTargetDateTheExpectationIsTheWholeWay() {
        LocalDate after = LocalDate.of(2027, 3, 1);
        Result nearly = increase(null, p("2026-12-31", 190), after);
        assertThat(nearly.expectedAchievement()).isEqualTo(1.0);
        assertThat(nearly.achievement()).isEqualTo(0.95);
        assertThat(nearly.trackStatus()).isEqualTo(TrackStatus.AT_RISK);
        assertThat(nearly.nextDueDate()).isNull();
        assertThat(increase(null, p("2026-12-31", 200), after).trackStatus()).isEqualTo(TrackStatus.ON_TRACK);
        assertThat(increase(null, p("2026-12-31", 100), after).trackStatus()).isEqualTo(TrackStatus.OFF_TRACK);
        // the last value is older than the target date: one more is due
        assertThat(increase(null, p("2026-06-30", 190), after).nextDueDate()).isEqualTo(TARGET_DATE);
    }

    @Test
    void beforeTheStartNothingIsExpected() {
        assertThat(increase(null, null, LocalDate.of(2024, 12, 1)).expectedAchievement()).isEqualTo(0.0);
    }

    @Test
    void periodEndsFollowTheFrequency() {
        LocalDate d = LocalDate.of(2025, 2, 14);
        assertThat(IndicatorProgress.periodEndAfter(d, Frequency.MONTHLY)).isEqualTo(LocalDate.of(2025, 2, 28));
        assertThat(IndicatorProgress.periodEndAfter(d, Frequency.QUARTERLY)).isEqualTo(LocalDate.of(2025, 3, 31));
        assertThat(IndicatorProgress.periodEndAfter(d, Frequency.SEMIANNUAL)).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(IndicatorProgress.periodEndAfter(d, Frequency.YEARLY)).isEqualTo(LocalDate.of(2025, 12, 31));
        // a period end is followed by the next one
        assertThat(IndicatorProgress.periodEndAfter(LocalDate.of(2025, 6, 30), Frequency.SEMIANNUAL)).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(IndicatorProgress.periodEndAfter(LocalDate.of(2025, 12, 31), Frequency.QUARTERLY)).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(IndicatorProgress.periodEndAfter(LocalDate.of(2024, 1, 31), Frequency.MONTHLY)).isEqualTo(LocalDate.of(2024, 2, 29));
    }
}
