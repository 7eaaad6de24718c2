package cn.archive.api.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * What a user typed in the search box, parsed here and never handed to Elasticsearch as query
 * syntax: words and "quoted phrases", Chinese and Latin mixed. Characters that mean something to a
 * query language ({@code * : / ( ) ~ ^}…) are plain characters of a term.
 *
 * @param terms what must all match, each a word or a phrase
 */
record UserQuery(List<String> terms) {

    /** Longest query accepted, in characters; longer ones are refused with a 400. */
    static final int MAX_LENGTH = 500;
    /** Most terms used; a query with more keeps the first ones. */
    static final int MAX_TERMS = 16;

    static UserQuery parse(String q) {
        if (q == null || q.isBlank()) {
            return new UserQuery(List.of());
        }
        if (q.length() > MAX_LENGTH) {
            throw new SearchProblems.BadQuery("The query has " + q.length() + " characters; at most " + MAX_LENGTH
                    + " are allowed. Search by fewer words.");
        }
        // Chinese input methods type full-width digits and letters (１３８０５７１２２３３, ＫＨ－２０２３):
        // NFKC makes them the ASCII that phone numbers and archive numbers are indexed in.
        q = Normalizer.normalize(q, Normalizer.Form.NFKC);
        if (q.length() > 2 * MAX_LENGTH) {
            throw new SearchProblems.BadQuery("The query is too long once normalised; search by fewer words.");
        }
        List<String> terms = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < q.length() && terms.size() < MAX_TERMS; i++) {
            char c = q.charAt(i);
            if (c == '"' || c == '“' || c == '”') {
                add(terms, current);
                quoted = !quoted;
            } else if (!quoted && (Character.isWhitespace(c) || c == '\u3000')) {
                add(terms, current);
            } else if (!Character.isISOControl(c)) {
                current.append(c);
            }
        }
        if (terms.size() < MAX_TERMS) {
            add(terms, current); // an unbalanced quote simply ends at the end of the query
        }
        return new UserQuery(List.copyOf(terms));
    }

    private static void add(List<String> terms, StringBuilder term) {
        String t = term.toString().strip();
        // A term with no letter or digit (e.g. "*:*" or "/.*/") matches nothing useful: drop it.
        if (t.codePoints().anyMatch(Character::isLetterOrDigit)) {
            terms.add(t);
        }
        term.setLength(0);
    }
}
