package org.articlequiz.lti.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;

/** Issue 11, low: "Retry-After capped". A platform's Retry-After delays a grade by at most an hour. */
class RetryAfterTest {
    @Test
    void retryAfterIsCapped() {
        assertEquals(Duration.ofSeconds(120), PlatformHttp.retryAfter("120"), "a reasonable wait is honoured");
        assertEquals(Duration.ofHours(1), PlatformHttp.retryAfter("31536000"), "a year");
        assertEquals(Duration.ofHours(1), PlatformHttp.retryAfter("99999999999999999"), "past what a Duration can add to now");
        String nextYear = ZonedDateTime.now(ZoneOffset.UTC).plusYears(1).format(DateTimeFormatter.RFC_1123_DATE_TIME);
        assertEquals(Duration.ofHours(1), PlatformHttp.retryAfter(nextYear), "an HTTP-date a year ahead");
        assertEquals(Duration.ZERO, PlatformHttp.retryAfter("-5"));
        assertEquals(null, PlatformHttp.retryAfter("soon"));
    }
}
