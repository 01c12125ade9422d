package org.communique.notifier.support;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the test SMTP server received for one address, read as a mail client would. */
public final class Mailbox {

    private static final Pattern TOKEN = Pattern.compile("/api/v1/email/(?:confirm|unsubscribe)/(mail_[A-Za-z0-9_-]+)");

    private Mailbox() {
    }

    public static List<MimeMessage> messagesTo(String address) {
        return Arrays.stream(MailServer.greenMail().getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().contains(address));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    public static String part(MimeMessage message, String mimeType) {
        try {
            return part(message.getContent(), message.getContentType(), mimeType);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String part(Object content, String contentType, String mimeType) throws Exception {
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                String found = part(body.getContent(), body.getContentType(), mimeType);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        return contentType.toLowerCase().startsWith(mimeType) ? content.toString() : null;
    }

    public static String header(MimeMessage message, String name) {
        try {
            return message.getHeader(name, null);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The token of the confirmation or unsubscribe link in a text. */
    public static String linkToken(String text) {
        Matcher matcher = TOKEN.matcher(text);
        if (!matcher.find()) {
            throw new AssertionError("no link in " + text);
        }
        return matcher.group(1);
    }
}
