package app.scorecard.assessment.web;

/** The smallest box, in whole drawing units, around everything a chart draws, with a margin: its SVG view box. */
final class ViewBoxExtent {

    private final double margin;
    private double minX = Double.MAX_VALUE;
    private double minY = Double.MAX_VALUE;
    private double maxX = -Double.MAX_VALUE;
    private double maxY = -Double.MAX_VALUE;

    ViewBoxExtent(double margin) {
        this.margin = margin;
    }

    void include(double x, double y) {
        minX = Math.min(minX, x);
        minY = Math.min(minY, y);
        maxX = Math.max(maxX, x);
        maxY = Math.max(maxY, y);
    }

    /** {@code minX minY width height}, rounded outwards. */
    String viewBox() {
        long left = (long) Math.floor(minX - margin);
        long top = (long) Math.floor(minY - margin);
        long right = (long) Math.ceil(maxX + margin);
        long bottom = (long) Math.ceil(maxY + margin);
        return left + " " + top + " " + (right - left) + " " + (bottom - top);
    }
}
