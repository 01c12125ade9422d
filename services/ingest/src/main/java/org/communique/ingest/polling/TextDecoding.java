package org.communique.ingest.polling;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import com.google.re2j.Matcher;
import com.google.re2j.Pattern;

/**
 * Turns the bytes of a feed or page into text. The charset comes from, in this order: a byte order mark,
 * the Content-Type header, the XML prolog or the HTML meta tag, else UTF-8. A declared charset that the bytes
 * cannot be (a header saying UTF-8 over windows-1251 bytes, which happens) gives way to the next one.
 */
public final class TextDecoding {

    private static final Pattern HEADER_CHARSET = Pattern.compile("charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_ENCODING = Pattern.compile(
            "\\A\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']", Pattern.CASE_INSENSITIVE);
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    /** Browsers look for the meta tag in the first 1024 bytes; sites are sloppy, so a little further. */
    private static final int PRESCAN_BYTES = 4096;

    private TextDecoding() {
    }

    public static String xml(byte[] bytes, String contentType) {
        return decode(bytes, contentType, XML_ENCODING);
    }

    public static String html(byte[] bytes, String contentType) {
        return decode(bytes, contentType, META_CHARSET);
    }

    /** The charset {@link #xml} would use. */
    static Charset xmlCharset(byte[] bytes, String contentType) {
        return choose(bytes, candidates(bytes, contentType, XML_ENCODING));
    }

    /** The charset {@link #html} would use. */
    static Charset htmlCharset(byte[] bytes, String contentType) {
        return choose(bytes, candidates(bytes, contentType, META_CHARSET));
    }

    private static String decode(byte[] bytes, String contentType, Pattern declaration) {
        Charset charset = choose(bytes, candidates(bytes, contentType, declaration));
        String text = new String(bytes, charset);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static List<Charset> candidates(byte[] bytes, String contentType, Pattern declaration) {
        List<Charset> candidates = new ArrayList<>();
        bom(bytes).ifPresent(candidates::add);
        if (contentType != null) {
            Matcher header = HEADER_CHARSET.matcher(contentType);
            if (header.find()) {
                charset(header.group(1)).ifPresent(candidates::add);
            }
        }
        // declarations are ASCII in every charset a site would use
        String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher declared = declaration.matcher(head);
        if (declared.find()) {
            charset(declared.group(1)).ifPresent(candidates::add);
        }
        candidates.add(StandardCharsets.UTF_8);
        return candidates;
    }

    private static Charset choose(byte[] bytes, List<Charset> candidates) {
        for (Charset candidate : candidates) {
            if (decodes(bytes, candidate)) {
                return candidate;
            }
        }
        return candidates.get(0);
    }

    private static boolean decodes(byte[] bytes, Charset charset) {
        try {
            charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static Optional<Charset> bom(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        return Optional.empty();
    }

    private static Optional<Charset> charset(String name) {
        String normalised = name.strip().toLowerCase(Locale.ROOT);
        // sites write these; Java knows them by other names
        normalised = switch (normalised) {
            case "cp-1251", "win-1251", "windows1251" -> "windows-1251";
            case "koi8r" -> "koi8-r";
            default -> normalised;
        };
        try {
            return Optional.of(Charset.forName(normalised));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }
}
