package io.github.ctglib.documents;

import io.github.ctglib.actionplan.ActionIndicator;
import io.github.ctglib.actionplan.Measurement;
import io.github.ctglib.documents.Doc.Chart;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.text.SimpleDateFormat;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;

/** The bilan's charts, drawn with JFreeChart as PNG at twice their printed size (sharp on paper and screens). */
final class Charts {

    private static final int SCALE = 2;
    private static final Color FORECAST = new Color(0x9DB4CF);
    private static final Color ACTUAL = new Color(0x1F4E79);
    private static final Color TARGET = new Color(0x2E7D32);
    private static final Color BASELINE = new Color(0x888888);
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 12);
    private static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 10);

    private Charts() {}

    /** An indicator over time: its measurements, its baseline and its target as lines. */
    static Chart indicator(String actionNumber, ActionIndicator indicator) {
        TimeSeries series = new TimeSeries("Mesures");
        for (Measurement m : indicator.getMeasurements()) {
            series.addOrUpdate(new Day(Date.from(m.getDate().atStartOfDay(ZoneOffset.UTC).toInstant()),
                    java.util.TimeZone.getTimeZone("UTC"), Locale.FRANCE), m.getValue());
        }
        String title = "Fiche " + actionNumber + " – " + indicator.getLabel();
        JFreeChart chart = ChartFactory.createTimeSeriesChart(null, null, indicator.getUnit(),
                new TimeSeriesCollection(series), false, false, false);
        chart.setTitle(new org.jfree.chart.title.TextTitle(title, TITLE));
        XYPlot plot = chart.getXYPlot();
        style(chart);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        plot.setDomainGridlinesVisible(false);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        renderer.setSeriesPaint(0, ACTUAL);
        renderer.setSeriesStroke(0, new BasicStroke(2f));
        plot.setRenderer(renderer);
        DateAxis dates = (DateAxis) plot.getDomainAxis();
        dates.setDateFormatOverride(new SimpleDateFormat("MMM yyyy", Locale.FRENCH));
        dates.setTickLabelFont(LABEL);
        NumberAxis values = (NumberAxis) plot.getRangeAxis();
        values.setNumberFormatOverride(NumberFormat.getNumberInstance(Locale.FRANCE));
        values.setAutoRangeIncludesZero(false);
        values.setTickLabelFont(LABEL);
        values.setLabelFont(LABEL);
        indicator.getBaseline().ifPresent(b -> plot.addRangeMarker(marker(b, "Référence " + French.number(b),
                BASELINE)));
        indicator.getTarget().ifPresent(t -> plot.addRangeMarker(marker(t, "Cible " + French.number(t), TARGET)));
        includeMarkers(values, indicator);
        return draw(chart, title, 250, 150);
    }

    /** Forecast against actual, one pair of bars per funder. */
    static Chart budget(int year, Map<String, BigDecimal[]> forecastAndActualByFunder) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        forecastAndActualByFunder.forEach((funder, amounts) -> {
            data.addValue(amounts[0], "Prévisionnel", funder);
            data.addValue(amounts[1], "Réalisé", funder);
        });
        String title = "Budget " + year + " : prévisionnel et réalisé par financeur";
        JFreeChart chart = ChartFactory.createBarChart(null, null, "€", data);
        chart.setTitle(new org.jfree.chart.title.TextTitle(title, TITLE));
        style(chart);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, FORECAST);
        renderer.setSeriesPaint(1, ACTUAL);
        renderer.setItemMargin(0.05);
        NumberAxis values = (NumberAxis) plot.getRangeAxis();
        values.setNumberFormatOverride(NumberFormat.getNumberInstance(Locale.FRANCE));
        values.setTickLabelFont(LABEL);
        plot.getDomainAxis().setTickLabelFont(LABEL);
        plot.getDomainAxis().setMaximumCategoryLabelLines(3);
        chart.getLegend().setItemFont(LABEL);
        return draw(chart, title, 480, 240);
    }

    private static void includeMarkers(NumberAxis axis, ActionIndicator indicator) {
        double low = axis.getLowerBound();
        double high = axis.getUpperBound();
        for (BigDecimal v : new BigDecimal[] {indicator.getBaseline().orElse(null), indicator.getTarget().orElse(null)}) {
            if (v != null) {
                low = Math.min(low, v.doubleValue());
                high = Math.max(high, v.doubleValue());
            }
        }
        double margin = Math.max((high - low) * 0.1, 1);
        axis.setRange(low - margin, high + margin);
    }

    private static ValueMarker marker(BigDecimal value, String label, Color color) {
        ValueMarker marker = new ValueMarker(value.doubleValue(), color, new BasicStroke(1.2f, BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_MITER, 10f, new float[] {5f, 4f}, 0f));
        marker.setLabel(label);
        marker.setLabelFont(LABEL);
        marker.setLabelPaint(color);
        marker.setLabelAnchor(RectangleAnchor.TOP_LEFT);
        marker.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
        return marker;
    }

    private static void style(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
    }

    private static Chart draw(JFreeChart chart, String title, int widthPoints, int heightPoints) {
        BufferedImage image = new BufferedImage(widthPoints * SCALE, heightPoints * SCALE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.scale(SCALE, SCALE);
            chart.draw(g, new java.awt.geom.Rectangle2D.Double(0, 0, widthPoints, heightPoints));
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Chart(title, png.toByteArray(), widthPoints, heightPoints);
    }
}
