package vn.sotay.qa.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;

/**
 * The answer's service level: a question is due {@code serviceLevelDays} working days (Monday to
 * Friday, Asia/Ho_Chi_Minh; public holidays are not known) after it was asked; 0 makes it due at once.
 * PID {@code vn.sotay.qa}, key {@code serviceLevelDays} (0..60, default 5), taken without a restart;
 * it applies to questions asked afterwards (the due time is stored with the question).
 */
@Component(service = ServiceLevel.class, configurationPid = "vn.sotay.qa",
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
public class ServiceLevel {
    static final int DEFAULT_DAYS = 5;
    static final int MAX_DAYS = 60;
    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private volatile int days = DEFAULT_DAYS;

    @Activate
    @Modified
    void configure(Map<String, Object> properties) {
        days = parse(properties.get("serviceLevelDays"));
    }

    /** The configured value, or the default when it is missing or outside 0..60. */
    static int parse(Object value) {
        try {
            int d = value == null ? DEFAULT_DAYS : Integer.parseInt(value.toString().trim());
            return d < 0 || d > MAX_DAYS ? DEFAULT_DAYS : d;
        } catch (NumberFormatException e) {
            return DEFAULT_DAYS;
        }
    }

    int days() {
        return days;
    }

    /** When a question asked at {@code asked} is due. */
    Instant due(Instant asked) {
        return due(asked, days);
    }

    /** {@code asked} plus {@code workingDays} days that are neither Saturday nor Sunday, at the same time of day. */
    static Instant due(Instant asked, int workingDays) {
        ZonedDateTime t = asked.atZone(ZONE);
        int left = workingDays;
        while (left > 0) {
            t = t.plusDays(1);
            if (t.getDayOfWeek() != DayOfWeek.SATURDAY && t.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return t.toInstant();
    }
}
