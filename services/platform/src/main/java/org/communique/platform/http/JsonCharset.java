package org.communique.platform.http;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import org.communique.platform.problem.ProblemException;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;

/**
 * JSON is UTF-8 (RFC 8259 §8.1). A body that declares another charset is refused with a 415 problem
 * instead of being read as UTF-8 and stored as mojibake: legacy feeders (windows-1251, KOI8-R) are told
 * exactly what to change.
 */
@Provider
public class JsonCharset implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        if (type != null && isJson(type)) {
            String charset = type.getParameters().get(MediaType.CHARSET_PARAMETER);
            if (charset != null && !isUtf8(charset)) {
                throw new ProblemException(415, "unsupported-charset", "Unsupported charset",
                        "JSON bodies must be UTF-8 (RFC 8259); this one declares charset=" + printable(charset));
            }
        }
        return context.proceed();
    }

    private static boolean isJson(MediaType type) {
        return "application".equalsIgnoreCase(type.getType())
                && ("json".equalsIgnoreCase(type.getSubtype()) || type.getSubtype().toLowerCase(java.util.Locale.ROOT).endsWith("+json"));
    }

    private static boolean isUtf8(String charset) {
        try {
            return Charset.forName(charset.strip().replace("\"", "")).equals(StandardCharsets.UTF_8);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return false;
        }
    }

    private static String printable(String charset) {
        String cleaned = charset.replaceAll("[^A-Za-z0-9._:-]", "?");
        return cleaned.length() > 40 ? cleaned.substring(0, 40) + "..." : cleaned;
    }
}
