package org.communique.ingest.polling;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class TextDecodingTest {

    private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
    private static final Charset KOI8_R = Charset.forName("KOI8-R");
    private static final String TEXT = "Посольство Кыргызстана в Казахстане";

    @Test
    void headerCharsetComesFirst() {
        byte[] bytes = ("<?xml version=\"1.0\"?><p>" + TEXT + "</p>").getBytes(KOI8_R);

        assertThat(TextDecoding.xml(bytes, "text/xml; charset=koi8-r")).contains(TEXT);
        assertThat(TextDecoding.xmlCharset(bytes, "text/xml; Charset=\"KOI8-R\"")).isEqualTo(KOI8_R);
    }

    @Test
    void xmlPrologNamesTheCharsetWhenTheHeaderDoesNot() {
        byte[] bytes = ("<?xml version=\"1.0\" encoding=\"windows-1251\"?><p>" + TEXT + "</p>").getBytes(WINDOWS_1251);

        assertThat(TextDecoding.xml(bytes, "application/rss+xml")).contains(TEXT);
    }

    @Test
    void metaTagNamesTheCharsetOfAPage() {
        byte[] http = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">"
                + "</head><body>" + TEXT + "</body></html>").getBytes(WINDOWS_1251);
        byte[] html5 = ("<html><head><meta charset=koi8-r></head><body>" + TEXT + "</body></html>").getBytes(KOI8_R);

        assertThat(TextDecoding.html(http, "text/html")).contains(TEXT);
        assertThat(TextDecoding.html(html5, null)).contains(TEXT);
    }

    @Test
    void aHeaderThatLiesGivesWayToWhatTheDocumentDeclares() {
        byte[] bytes = ("<?xml version=\"1.0\" encoding=\"windows-1251\"?><p>" + TEXT + "</p>").getBytes(WINDOWS_1251);

        assertThat(TextDecoding.xmlCharset(bytes, "text/xml; charset=utf-8")).isEqualTo(WINDOWS_1251);
    }

    @Test
    void byteOrderMarkWinsAndIsDropped() {
        byte[] text = ("<p>" + TEXT + "</p>").getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[text.length + 3];
        bytes[0] = (byte) 0xef;
        bytes[1] = (byte) 0xbb;
        bytes[2] = (byte) 0xbf;
        System.arraycopy(text, 0, bytes, 3, text.length);

        assertThat(TextDecoding.html(bytes, "text/html; charset=windows-1251")).isEqualTo("<p>" + TEXT + "</p>");
    }

    @Test
    void utf8IsTheDefaultAndUnknownCharsetsAreIgnored() {
        byte[] bytes = ("<p>" + TEXT + "</p>").getBytes(StandardCharsets.UTF_8);

        assertThat(TextDecoding.html(bytes, "text/html; charset=x-unheard-of")).contains(TEXT);
        assertThat(TextDecoding.htmlCharset(bytes, null)).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void commonMisspellingsOfCharsetsAreUnderstood() {
        byte[] bytes = ("<p>" + TEXT + "</p>").getBytes(WINDOWS_1251);

        assertThat(TextDecoding.htmlCharset(bytes, "text/html; charset=cp-1251")).isEqualTo(WINDOWS_1251);
        assertThat(TextDecoding.htmlCharset(bytes, "text/html; charset=win-1251")).isEqualTo(WINDOWS_1251);
    }
}
