package io.github.ctglib.documents;

import io.github.ctglib.actionplan.ActionIndicator;
import io.github.ctglib.actionplan.Measurement;
import io.github.ctglib.documents.Doc.Chart;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
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
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.title.LegendTitle;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;

/** The bilan's charts, drawn with JFreeChart as PNG at twice their printed size (sharp on paper and screens). */
final class Charts {

    private static final int SCALE = 2;
    private static final java.util.TimeZone UTC = java.util.TimeZone.getTimeZone("UTC");
    private static final Color FORECAST = new Color(0x9DB4CF);
    private static final Color ACTUAL = new Color(0x1F4E79);
    private static final Color TARGET = new Color(0x2E7D32);
    private static final Color BASELINE = new Color(0x888888);
    /** The documents' own font, so that a chart looks the same on every machine, with or without system fonts. */
    private static final Font REGULAR = bundledFont("LiberationSans-Regular.ttf");
    private static final Font BOLD = bundledFont("LiberationSans-Bold.ttf");
    private static final Font TITLE = BOLD.deriveFont(10.5f);
    private static final Font LABEL = REGULAR.deriveFont(9f);

    private Charts() {}

    /** An indicator over time: its measurements, its baseline and its target as lines. */
    static Chart indicator(String actionNumber, ActionIndicator indicator) {
        TimeSeries series = new TimeSeries("Mesures");
        for (Measurement m : indicator.getMeasurements()) {
            series.addOrUpdate(new Day(date(m.getDate()), UTC, Locale.FRANCE), m.getValue());
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
        dates.setTimeZone(UTC);
        dates.setTickLabelFont(LABEL);
        NumberAxis values = (NumberAxis) plot.getRangeAxis();
        values.setNumberFormatOverride(NumberFormat.getNumberInstance(Locale.FRANCE));
        values.setAutoRangeIncludesZero(false);
        values.setTickLabelFont(LABEL);
        values.setLabelFont(LABEL);
        LegendItemCollection legend = new LegendItemCollection();
        legend.add(legendItem("Mesures", ACTUAL, new BasicStroke(2f)));
        indicator.getBaseline().ifPresent(b -> {
            plot.addRangeMarker(marker(b, BASELINE));
            legend.add(legendItem("Référence : " + French.number(b), BASELINE, DASHED));
        });
        indicator.getTarget().ifPresent(t -> {
            plot.addRangeMarker(marker(t, TARGET));
            legend.add(legendItem("Cible : " + French.number(t), TARGET, DASHED));
        });
        plot.setFixedLegendItems(legend);
        LegendTitle legendTitle = new LegendTitle(plot);
        legendTitle.setItemFont(LABEL);
        chart.addLegend(legendTitle);
        includeMarkers(values, indicator);
        monthlyTicks(dates, indicator);
        return draw(chart, title, 250, 170);
    }

    /** Forecast against actual, one pair of bars per funder. */
    static Chart budget(int year, Map<String, BigDecimal[]> forecastAndActualByFunder) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        forecastAndActualByFunder.forEach((funder, amounts) -> {
            data.addValue(amounts[0], "Prévisionnel", funder);
            data.addValue(amounts[1], "Réalisé", funder);
        });
        String title = "Budget " + year + " : prévisionnel et réalisé par financeur";
        JFreeChart chart = ChartFactory.createBarChart(null, null, "euros", data);
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
        values.setLabelFont(LABEL);
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

    private static final BasicStroke DASHED = new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {5f, 4f}, 0f);

    private static ValueMarker marker(BigDecimal value, Color color) {
        return new ValueMarker(value.doubleValue(), color, DASHED);
    }

    private static LegendItem legendItem(String label, Color color, BasicStroke stroke) {
        LegendItem item = new LegendItem(label, null, null, null, new Line2D.Double(-6, 0, 6, 0), color, stroke,
                color);
        item.setLabelFont(LABEL);
        return item;
    }

    /** Ticks a whole number of months apart, at most five, over the months measured (one either side). */
    private static void monthlyTicks(DateAxis axis, ActionIndicator indicator) {
        LocalDate first = indicator.getMeasurements().stream().map(Measurement::getDate).min(LocalDate::compareTo)
                .orElseThrow().withDayOfMonth(1).minusMonths(1);
        LocalDate last = indicator.getMeasurements().stream().map(Measurement::getDate).max(LocalDate::compareTo)
                .orElseThrow().withDayOfMonth(1).plusMonths(2);
        long months = java.time.temporal.ChronoUnit.MONTHS.between(first, last);
        axis.setRange(date(first), date(last));
        axis.setTickUnit(new DateTickUnit(DateTickUnitType.MONTH, (int) Math.max(1, (months + 3) / 4),
                new SimpleDateFormat("MMM yyyy", Locale.FRENCH)));
    }

    private static Date date(LocalDate day) {
        return Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    private static Font bundledFont(String file) {
        try (java.io.InputStream in = Charts.class.getResourceAsStream("fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("Missing font fonts/" + file + " in ctg-documents");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException | java.awt.FontFormatException e) {
            throw new IllegalStateException("Cannot load the font " + file + ": " + e.getMessage(), e);
        }
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
