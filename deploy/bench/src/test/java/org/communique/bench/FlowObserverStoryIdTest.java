package org.communique.bench;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class FlowObserverStoryIdTest {

    /** What the observer matched the decoded value with before it read bytes. */
    private static final Pattern BY_REGEX = Pattern.compile("\"storyId\"\\s*:\\s*\"([^\"]+)\"");

    @Test
    void findsTheSameStoryAsTheRegexOnTheDecodedText() {
        String[] values = {
                "{\"id\": \"r1\", \"storyId\": \"5b1c-77\", \"title\": \"Визит в Астану\"}",
                "{\"title\": \"«storyId» в тексте: \\\"storyId\\\": \\\"fake\\\"\", \"storyId\":\"real-1\"}",
                "{\"storyId\": null, \"data\": {\"storyId\" :\n \"second\"}}",
                "{\"storyId\": \"\", \"x\": 1}",
                "{\"title\": \"no story\"}",
                "{\"storyId\": \"unterminated",
                "",
        };
        for (String value : values) {
            Matcher regex = BY_REGEX.matcher(value);
            String expected = regex.find() ? regex.group(1) : null;
            assertThat(FlowObserver.storyId(value.getBytes(StandardCharsets.UTF_8))).as(value).isEqualTo(expected);
        }
        assertThat(FlowObserver.storyId(null)).isNull();
    }
}
