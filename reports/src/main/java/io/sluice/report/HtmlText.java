package io.sluice.report;

/**
 * Text made safe to place in HTML or SVG, as element content or inside a double-quoted attribute.
 *
 * <pre>{@code "<td>" + HtmlText.escape(key) + "</td>"}</pre>
 */
final class HtmlText {
    private HtmlText() {
    }

    /** {@code text} with {@code & < > " '} replaced by their character references; null gives the empty text. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
