package io.sluice.core.data;

/** How label text is typed when it becomes a column. */
final class LabelText {
    private LabelText() {
    }

    static boolean isWholeNumber(String s) {
        if (s == null || s.isEmpty() || s.length() > 18) {
            return false;
        }
        int first = s.charAt(0) == '-' ? 1 : 0;
        if (first == s.length() || (s.charAt(first) == '0' && s.length() > first + 1)) {
            return false;
        }
        for (int i = first; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
