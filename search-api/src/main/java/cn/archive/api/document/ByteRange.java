package cn.archive.api.document;

/**
 * One satisfiable byte range of an HTTP {@code Range} header ({@code bytes=0-99}, {@code bytes=100-},
 * {@code bytes=-500}). Multiple ranges are answered with the whole file, which RFC 9110 allows.
 */
record ByteRange(long start, long end) {

    long length() {
        return end - start + 1;
    }

    /** The range asked for, null for none (or several), or a 416 problem when it cannot be satisfied. */
    static ByteRange parse(String header, long size) {
        if (header == null || !header.startsWith("bytes=") || header.contains(",")) {
            return null;
        }
        String spec = header.substring("bytes=".length()).trim();
        int dash = spec.indexOf('-');
        if (dash < 0) {
            return null;
        }
        try {
            String a = spec.substring(0, dash).trim();
            String b = spec.substring(dash + 1).trim();
            long start;
            long end;
            if (a.isEmpty()) {
                long suffix = Long.parseLong(b);
                start = Math.max(0, size - suffix);
                end = size - 1;
            } else {
                start = Long.parseLong(a);
                end = b.isEmpty() ? size - 1 : Math.min(Long.parseLong(b), size - 1);
            }
            if (start > end || start >= size) {
                throw new DocumentProblems.RangeNotSatisfiable(size);
            }
            return new ByteRange(start, end);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
