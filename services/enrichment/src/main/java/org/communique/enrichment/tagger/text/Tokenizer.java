package org.communique.enrichment.tagger.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits a field into word and number tokens with their exact offsets, and into sentences. Hyphens and
 * apostrophes separate tokens («казахстанско-кыргызских» gives two), Latin acronyms such as "U.S." stay one.
 */
public final class Tokenizer {

    private static final Set<String> ABBREVIATIONS = Set.of(
            "г", "гг", "т", "им", "ул", "пр", "др", "см", "ст", "тыс", "млн", "млрд", "проф", "акад", "обл",
            "mr", "mrs", "ms", "dr", "st", "no", "vs", "jr", "sr", "prof", "gen");

    /**
     * Longest sentence, in tokens; a longer run without a sentence end is cut here. Extraction compares the
     * mentions within a sentence with each other, so an endless sentence (a text of 100,000 country names
     * and no full stop) would cost the square of its length; real sentences stay far below this.
     */
    static final int MAX_SENTENCE_TOKENS = 200;

    /**
     * Longest word, in chars; a longer run of letters is no name, office or trigger in any of the four
     * languages and is skipped, so that suffix rules and lookups, which look at a word's every ending, never
     * see a word of a million letters.
     */
    static final int MAX_WORD_CHARS = 64;

    private Tokenizer() {
    }

    public record Sentence(int id, int start, int end, int firstToken, int lastToken) {
    }

    public record Field(String name, String text, List<Token> tokens, List<Sentence> sentences) {
    }

    /** Tokenises one field; sentence ids start at {@code firstSentenceId} so they stay unique per document. */
    public static Field tokenize(String field, String text, int firstSentenceId) {
        List<Token> tokens = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return new Field(field, text == null ? "" : text, tokens, sentences);
        }
        int sentence = firstSentenceId;
        int sentenceStart = -1;
        int sentenceFirstToken = 0;
        int i = 0;
        int previousEnd = 0;
        int n = text.length();
        while (i < n) {
            int cp = text.codePointAt(i);
            if (!isWordChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            int end = acronymEnd(text, i);
            if (end < 0) {
                end = i;
                while (end < n && isWordChar(text.codePointAt(end))) {
                    end += Character.charCount(text.codePointAt(end));
                }
            }
            if (end - start > MAX_WORD_CHARS) {
                i = end;
                previousEnd = end;
                continue;
            }
            String separator = "";
            boolean newline = false;
            for (int g = previousEnd; g < start; g++) {
                char c = text.charAt(g);
                if (c == '\n' || c == '\r') {
                    newline = true;
                } else if (!Character.isWhitespace(c)) {
                    // most gaps are blanks only: no substring for them
                    separator = text.substring(previousEnd, start).strip();
                    break;
                }
            }
            if (!separator.isEmpty()) {
                String gap = text.substring(previousEnd, start);
                newline = gap.indexOf('\n') >= 0 || gap.indexOf('\r') >= 0;
            }
            String raw = text.substring(start, end);
            if (!tokens.isEmpty() && (tokens.size() - sentenceFirstToken >= MAX_SENTENCE_TOKENS
                    || startsSentence(text, tokens.get(tokens.size() - 1), separator, newline, raw))) {
                Token last = tokens.get(tokens.size() - 1);
                sentences.add(new Sentence(sentence, sentenceStart, last.end(), sentenceFirstToken, last.index()));
                sentence++;
                sentenceStart = -1;
                sentenceFirstToken = tokens.size();
            }
            if (sentenceStart < 0) {
                sentenceStart = start;
            }
            String lower = TextFolding.lower(raw);  // key(raw) would fold the word a second time
            tokens.add(new Token(tokens.size(), field, start, end, raw, lower, TextFolding.latinKey(lower),
                    separator, newline, sentence));
            previousEnd = end;
            i = end;
        }
        if (!tokens.isEmpty()) {
            Token last = tokens.get(tokens.size() - 1);
            sentences.add(new Sentence(sentence, sentenceStart, last.end(), sentenceFirstToken, last.index()));
        }
        return new Field(field, text, List.copyOf(tokens), List.copyOf(sentences));
    }

    /** Tokenises a knowledge-base phrase the same way as running text. */
    public static List<Token> phrase(String text) {
        return tokenize("phrase", text, 0).tokens();
    }

    private static boolean startsSentence(String text, Token previous, String separator, boolean newline, String next) {
        if (newline) {
            return true;
        }
        if (separator.isEmpty()) {
            return false;
        }
        boolean stop = separator.indexOf('.') >= 0 || separator.indexOf('!') >= 0 || separator.indexOf('?') >= 0
                || separator.indexOf('…') >= 0;
        if (!stop) {
            return false;
        }
        int cp = next.codePointAt(0);
        if (!Character.isUpperCase(cp) && !Character.isDigit(cp)) {
            return false;
        }
        boolean onlyDot = separator.equals(".");
        if (onlyDot && previous.isInitial(text)) {
            return false;
        }
        return !(onlyDot && ABBREVIATIONS.contains(previous.lower()));
    }

    private static boolean isWordChar(int cp) {
        if (cp < 0x80) {  // ASCII, most of the text: letters and digits only
            return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' || cp >= '0' && cp <= '9';
        }
        if (cp >= 'А' && cp <= 'я') {
            return true;
        }
        int type = Character.getType(cp);
        return Character.isLetterOrDigit(cp) || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    /** "U.S.", "U.S.A.", "U.K.": single Latin capitals each followed by a dot, at least two of them. */
    private static int acronymEnd(String text, int i) {
        if (i > 0 && Character.isLetter(text.charAt(i - 1))) {
            return -1;
        }
        int j = i;
        int letters = 0;
        while (j + 1 < text.length() && isAsciiUpper(text.charAt(j)) && text.charAt(j + 1) == '.') {
            letters++;
            j += 2;
        }
        return letters >= 2 ? j : -1;
    }

    private static boolean isAsciiUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }
}
