package org.communique.notifier.support;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.startsWith;

/** Reads Atom feeds as a feed reader would: namespace-aware, no DTDs. */
public final class AtomFeeds {

    public static final String ATOM = "http://www.w3.org/2005/Atom";

    private AtomFeeds() {
    }

    /** Fetches the feed once it has {@code count} entries. */
    public static Document awaitEntries(String feedUrl, int count, Duration patience) {
        await().atMost(patience).until(() -> entries(fetch(feedUrl)).size() == count);
        return fetch(feedUrl);
    }

    public static Document fetch(String feedUrl) {
        return parse(given().get(feedUrl).then().statusCode(200)
                .contentType(startsWith("application/atom+xml")).extract().asByteArray());
    }

    public static Document parse(byte[] xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML", e);
        }
    }

    public static List<Element> entries(Document feed) {
        NodeList nodes = feed.getDocumentElement().getElementsByTagNameNS(ATOM, "entry");
        List<Element> entries = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            entries.add((Element) nodes.item(i));
        }
        return entries;
    }

    /** The text of the first {@code name} element under {@code parent}, or null. */
    public static String child(Element parent, String name) {
        NodeList nodes = parent.getElementsByTagNameNS(ATOM, name);
        return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent();
    }

    /**
     * What RFC 4287 requires of these feeds: an Atom {@code feed} with id, title and updated; entries
     * with unique ids, a title, an RFC 3339 updated and an author (the feed itself names none).
     */
    public static void assertValid(Document feed) {
        Element root = feed.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo(ATOM);
        assertThat(root.getLocalName()).isEqualTo("feed");
        for (String required : new String[] {"id", "title", "updated"}) {
            assertThat(child(root, required)).as("feed " + required).isNotBlank();
        }
        Set<String> ids = new HashSet<>();
        for (Element entry : entries(feed)) {
            assertThat(ids.add(child(entry, "id"))).as("unique entry id " + child(entry, "id")).isTrue();
            assertThat(child(entry, "title")).as("entry title").isNotBlank();
            assertThat(Instant.parse(child(entry, "updated"))).as("entry updated").isNotNull();
            assertThat(child(entry, "name")).as("entry author name").isNotBlank();
        }
    }
}
