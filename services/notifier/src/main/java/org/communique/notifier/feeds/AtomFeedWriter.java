package org.communique.notifier.feeds;

import org.communique.contracts.EnrichedRelease;
import org.communique.contracts.PressRelease;
import org.communique.contracts.Tags;
import org.communique.notifier.alerts.StoredAlert;
import org.communique.notifier.sources.SourceFailingNotice;
import org.communique.notifier.subscriptions.DisabledNotice;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

/**
 * Writes an Atom 1.0 (RFC 4287) feed of a subscription's alerts. Release text goes through the XML
 * writer, which escapes it, after characters XML 1.0 cannot carry are dropped. A disabled subscription's
 * feed starts with the notice that says so, followed by a notice for each failing source it names.
 */
final class AtomFeedWriter {

    static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String GENERATOR = "Communiqué notifier";
    private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newFactory();

    private AtomFeedWriter() {
    }

    /**
     * {@code disabled} is the notice of a disabled subscription, or null; {@code failingSources} the
     * notices of the failing sources it names.
     */
    static String write(UUID subscriptionId, Instant subscribedAt, String selfUrl, DisabledNotice disabled,
                        List<SourceFailingNotice> failingSources, List<StoredAlert> newestFirst) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = OUTPUT.createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setDefaultNamespace(ATOM);
            xml.writeStartElement(ATOM, "feed");
            xml.writeDefaultNamespace(ATOM);
            element(xml, "id", "urn:uuid:" + subscriptionId);
            element(xml, "title", "Communiqué alerts");
            element(xml, "subtitle", "Press releases matching subscription " + subscriptionId);
            element(xml, "updated", time(updated(subscribedAt, disabled, failingSources, newestFirst)));
            link(xml, "self", selfUrl, "application/atom+xml");
            xml.writeStartElement(ATOM, "generator");
            xml.writeAttribute("uri", "https://communique.org");
            xml.writeCharacters(GENERATOR);
            xml.writeEndElement();
            if (disabled != null) {
                entry(xml, disabled);
            }
            for (SourceFailingNotice failing : failingSources) {
                entry(xml, failing);
            }
            for (StoredAlert alert : newestFirst) {
                entry(xml, alert);
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the feed of subscription " + subscriptionId, e);
        }
        return out.toString();
    }

    private static Instant updated(Instant subscribedAt, DisabledNotice disabled,
                                   List<SourceFailingNotice> failingSources, List<StoredAlert> newestFirst) {
        Instant updated = newestFirst.isEmpty() ? subscribedAt : newestFirst.get(0).createdAt();
        if (disabled != null && disabled.disabledAt().isAfter(updated)) {
            updated = disabled.disabledAt();
        }
        for (SourceFailingNotice failing : failingSources) {
            if (failing.changedAt().isAfter(updated)) {
                updated = failing.changedAt();
            }
        }
        return updated;
    }

    private static void entry(XMLStreamWriter xml, DisabledNotice notice) throws XMLStreamException {
        notice(xml, notice.id(), DisabledNotice.TITLE, notice.disabledAt(), notice.message());
    }

    private static void entry(XMLStreamWriter xml, SourceFailingNotice notice) throws XMLStreamException {
        notice(xml, notice.id(), notice.title(), notice.changedAt(), notice.message());
    }

    private static void notice(XMLStreamWriter xml, String id, String title, Instant updated, String message)
            throws XMLStreamException {
        xml.writeStartElement(ATOM, "entry");
        element(xml, "id", id);
        element(xml, "title", title);
        element(xml, "updated", time(updated));
        xml.writeStartElement(ATOM, "author");
        element(xml, "name", GENERATOR);
        xml.writeEndElement();
        xml.writeStartElement(ATOM, "content");
        xml.writeAttribute("type", "text");
        xml.writeCharacters(clean(message));
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void entry(XMLStreamWriter xml, StoredAlert alert) throws XMLStreamException {
        EnrichedRelease enriched = alert.release();
        PressRelease release = enriched.release();
        xml.writeStartElement(ATOM, "entry");
        element(xml, "id", "urn:uuid:" + alert.id());
        element(xml, "title", release.title());
        element(xml, "updated", time(alert.createdAt()));
        if (release.publishedAt() != null) {
            element(xml, "published", time(release.publishedAt()));
        }
        xml.writeStartElement(ATOM, "author");
        element(xml, "name", release.source().name());
        xml.writeEndElement();
        if (release.url() != null && !release.url().isBlank()) {
            link(xml, "alternate", release.url(), "text/html");
        }
        for (Tags.CountryTag country : enriched.tags().countries()) {
            if (country.code() != null) {
                xml.writeEmptyElement(ATOM, "category");
                xml.writeAttribute("term", clean(country.code()));
                if (country.name() != null) {
                    xml.writeAttribute("label", clean(country.name()));
                }
            }
        }
        xml.writeStartElement(ATOM, "content");
        xml.writeAttribute("type", "text");
        xml.writeCharacters(clean(release.body()));
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(ATOM, name);
        xml.writeCharacters(clean(text));
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement(ATOM, "link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", clean(href));
        xml.writeAttribute("type", type);
    }

    private static String time(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant);
    }

    /** Drops characters XML 1.0 does not allow (most C0 controls, lone surrogates, U+FFFE/U+FFFF). */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(AtomFeedWriter::allowed).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    private static boolean allowed(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
