package org.tierdesk.fuzz;

/** How many lines a reader may see in a text: every kind of line break counts, not only "\n". */
final class Lines {
    private Lines() {
    }

    static int count(String text) {
        return text.split("\r\n|[\r\n\u2028\u2029\u0085]", -1).length;
    }
}
