package org.articlequiz.lti.platform;

public record PlatformId(long value) {
    @Override
    public String toString() {
        return Long.toString(value);
    }
}
