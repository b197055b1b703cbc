package vn.sotay.api.schedule;

import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.BitSet;
import java.util.Objects;
import java.util.Optional;

/**
 * A cron expression of five fields, {@code minute hour day-of-month month day-of-week}, as in
 * crontab(5): each field is {@code *}, a number, a range {@code a-b}, a step ({@code *} followed by
 * {@code /n}, {@code a-b/n} or {@code a/n}), or a comma-separated list of those. Minutes 0-59, hours 0-23, days
 * 1-31, months 1-12, days of the week 0-7 (0 and 7 are Sunday). When both day fields are
 * restricted, a day matching either runs (crontab's rule). No names, no seconds, no {@code ?/L/W}.
 *
 * <pre>{@code
 * Cron.parse("0 2 * * *")       // 02:00 every day
 * Cron.parse("0,15,30,45 * * * *")  // every quarter hour
 * Cron.parse("30 7 1 * 1-5")   // 07:30 on the 1st of the month and on weekdays
 * }</pre>
 *
 * Immutable and thread-safe; {@link #next} works in whatever zone its argument has (the scheduler
 * passes {@link Scheduler#ZONE}).
 */
public final class Cron {
    private static final String[] NAMES = {"minute", "hour", "day of month", "month", "day of week"};
    private static final int[] MIN = {0, 0, 1, 1, 0}, MAX = {59, 23, 31, 12, 7};
    /** Longest search for the next time: beyond it the expression never matches (Feb 30). */
    private static final int MAX_YEARS = 5;

    private final String expression;
    private final BitSet minutes, hours, days, months, weekdays;
    private final boolean anyDay, anyWeekday;

    private Cron(String expression, BitSet[] f, boolean anyDay, boolean anyWeekday) {
        this.expression = expression;
        this.minutes = f[0];
        this.hours = f[1];
        this.days = f[2];
        this.months = f[3];
        this.weekdays = f[4];
        this.anyDay = anyDay;
        this.anyWeekday = anyWeekday;
    }

    /**
     * Parses an expression.
     *
     * @throws IllegalArgumentException naming the field that is wrong
     */
    public static Cron parse(String expression) {
        Objects.requireNonNull(expression, "expression");
        if (expression.length() > 200) {
            throw new IllegalArgumentException("cron expression longer than 200 characters");
        }
        String[] parts = expression.strip().split("\\s+");
        if (parts.length != 5) {
            throw new IllegalArgumentException("cron expression needs 5 fields (minute hour day month weekday), got "
                    + parts.length + ": " + expression);
        }
        BitSet[] f = new BitSet[5];
        for (int i = 0; i < 5; i++) {
            f[i] = field(parts[i], i);
        }
        if (f[4].get(7)) {
            f[4].set(0);
        }
        return new Cron(expression.strip(), f, parts[2].equals("*"), parts[4].equals("*"));
    }

    private static BitSet field(String text, int i) {
        BitSet out = new BitSet(MAX[i] + 1);
        for (String item : text.split(",", -1)) {
            String range = item;
            int step = 1;
            int slash = item.indexOf('/');
            if (slash >= 0) {
                range = item.substring(0, slash);
                step = number(item.substring(slash + 1), i);
                if (step < 1) {
                    throw bad(i, text, "step must be at least 1");
                }
            }
            int from, to;
            if (range.equals("*")) {
                from = MIN[i];
                to = MAX[i];
            } else if (range.contains("-")) {
                String[] ab = range.split("-", -1);
                if (ab.length != 2) {
                    throw bad(i, text, "malformed range");
                }
                from = number(ab[0], i);
                to = number(ab[1], i);
            } else {
                from = number(range, i);
                to = slash >= 0 ? MAX[i] : from;
            }
            if (from < MIN[i] || to > MAX[i] || from > to) {
                throw bad(i, text, "values must lie in " + MIN[i] + "-" + MAX[i]);
            }
            for (int v = from; v <= to; v += step) {
                out.set(v);
            }
        }
        return out;
    }

    private static int number(String s, int i) {
        if (s.isEmpty() || s.length() > 2 || !s.chars().allMatch(Character::isDigit)) {
            throw bad(i, s, "not a number");
        }
        return Integer.parseInt(s);
    }

    private static IllegalArgumentException bad(int i, String text, String why) {
        return new IllegalArgumentException("cron " + NAMES[i] + " field '" + text + "': " + why);
    }

    /**
     * The first matching minute strictly after {@code after}, in its zone; empty when none comes
     * within five years (a day that does not exist, such as 30 February).
     */
    public Optional<ZonedDateTime> next(ZonedDateTime after) {
        ZonedDateTime t = after.truncatedTo(ChronoUnit.MINUTES).plusMinutes(1);
        ZonedDateTime limit = t.plusYears(MAX_YEARS);
        while (t.isBefore(limit)) {
            if (!months.get(t.getMonthValue())) {
                t = t.withDayOfMonth(1).truncatedTo(ChronoUnit.DAYS).plusMonths(1);
            } else if (!dayMatches(t)) {
                t = t.truncatedTo(ChronoUnit.DAYS).plusDays(1);
            } else if (!hours.get(t.getHour())) {
                t = t.truncatedTo(ChronoUnit.HOURS).plusHours(1);
            } else if (!minutes.get(t.getMinute())) {
                t = t.plusMinutes(1);
            } else {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    private boolean dayMatches(ZonedDateTime t) {
        boolean dom = days.get(t.getDayOfMonth());
        boolean dow = weekdays.get(t.getDayOfWeek().getValue() % 7);
        if (anyDay && anyWeekday) {
            return true;
        }
        if (anyDay) {
            return dow;
        }
        if (anyWeekday) {
            return dom;
        }
        return dom || dow;
    }

    @Override
    public String toString() {
        return expression;
    }
}
