//! Bar charts of the reports, drawn on the server as SVG with `plotters` (no JavaScript,
//! no fonts: labels are SVG text the browser renders). Every chart is an image with a
//! title and a description (`<title>`, `<desc>`, `role="img"`); the page puts the numbers
//! beside it as a table.

use crate::domain::text::escape_html;
use plotters::coord::{Shift, ranged1d::SegmentValue};
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// One bar: its label, its value, and the value as the table beside the chart shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    pub label: String,
    pub value: f64,
    pub shown: String,
}

/// A bar chart: bars side by side (`Columns`, e.g. months) or one below the other
/// (`Rows`, e.g. Kommunen with their names).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    Columns,
    Rows,
}

const WIDTH: u32 = 720;
const INK: RGBColor = RGBColor(0x1b, 0x1f, 0x24);
const BRAND: RGBColor = RGBColor(0x0b, 0x53, 0x94);
const GRID: RGBColor = RGBColor(0xd0, 0xd7, 0xde);

/// A round upper end for the value axis (1, 2, 2.5 or 5 times a power of ten).
fn axis_max(max: f64) -> f64 {
    if max <= 0.0 {
        return 1.0;
    }
    let magnitude = 10f64.powf(max.log10().floor());
    [1.0, 2.0, 2.5, 5.0, 10.0]
        .into_iter()
        .map(|f| f * magnitude)
        .find(|m| *m >= max)
        .unwrap_or(10.0 * magnitude)
}

/// The SVG of a bar chart, `id` unique on the page. `axis` writes the value axis labels.
pub fn bar_chart(
    id: &str,
    title: &str,
    description: &str,
    bars: &[Bar],
    layout: Layout,
    axis: &dyn Fn(f64) -> String,
) -> String {
    let n = bars.len().max(1);
    let height = match layout {
        Layout::Rows => 40 + 26 * n as u32,
        Layout::Columns => 300,
    };
    let max = axis_max(bars.iter().map(|b| b.value).fold(0.0, f64::max));
    let mut svg = String::new();
    let drawn = draw(&mut svg, (WIDTH, height), bars, layout, max, axis);
    if let Err(e) = drawn {
        tracing::error!(error = %e, chart = id, "chart not drawn");
        return String::new();
    }
    let labelled = format!(
        "<svg role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" class=\"chart-svg\" \
         preserveAspectRatio=\"xMinYMin meet\"><title id=\"{id}-title\">{}</title><desc id=\"{id}-desc\">{}</desc>",
        escape_html(title),
        escape_html(description)
    );
    // plotters writes `<svg width=".." height=".." viewBox=".." xmlns="..">`: keep the
    // viewBox (the chart scales with the page) and add the accessible name.
    match svg.find('>') {
        Some(end) if svg.starts_with("<svg") => {
            let head = &svg[..end];
            let attrs: String = head
                .trim_start_matches("<svg")
                .split("\" ")
                .filter(|a| {
                    a.trim_start().starts_with("viewBox") || a.trim_start().starts_with("xmlns")
                })
                .map(|a| format!(" {}\"", a.trim().trim_end_matches('"')))
                .collect();
            let open = labelled.replacen("<svg", &format!("<svg{attrs}"), 1);
            format!("{open}{}", &svg[end + 1..])
        }
        _ => String::new(),
    }
}

/// What drawing a chart can fail with.
type Drawn = Result<(), Box<dyn std::error::Error + 'static>>;

/// The whole SVG image the chart is drawn on.
type Canvas<'a> = DrawingArea<SVGBackend<'a>, Shift>;

/// Draws the chart into `svg` (`size` in pixels) on white, the value axis from 0 to
/// `max`.
fn draw(
    svg: &mut String,
    size: (u32, u32),
    bars: &[Bar],
    layout: Layout,
    max: f64,
    axis: &dyn Fn(f64) -> String,
) -> Drawn {
    let root = SVGBackend::with_string(svg, size).into_drawing_area();
    root.fill(&WHITE)?;
    match layout {
        Layout::Rows => draw_rows(&root, bars, max, axis)?,
        Layout::Columns => draw_columns(&root, bars, max, axis)?,
    }
    root.present()?;
    Ok(())
}

/// The label of the bar at segment `v` of the category axis (none at its end). Rows
/// are drawn bottom-up: the first bar is the top row.
fn segment_label(bars: &[Bar], layout: Layout, v: &SegmentValue<usize>) -> String {
    let n = bars.len().max(1);
    match v {
        SegmentValue::CenterOf(i) | SegmentValue::Exact(i) => match layout {
            Layout::Rows => bars.get(n.saturating_sub(1 + i)),
            Layout::Columns => bars.get(*i),
        }
        .map(|b| b.label.clone())
        .unwrap_or_default(),
        SegmentValue::Last => String::new(),
    }
}

/// The style of the axis labels.
fn label_style() -> TextStyle<'static> {
    ("sans-serif", 16).into_font().color(&INK)
}

/// `Rows`: one horizontal bar per row, the first at the top, labelled on the left,
/// with its value (as shown in the table) at its end.
fn draw_rows(root: &Canvas<'_>, bars: &[Bar], max: f64, axis: &dyn Fn(f64) -> String) -> Drawn {
    let n = bars.len().max(1);
    // Room for the longest label (about 8 px a character at this size).
    let longest = bars
        .iter()
        .map(|b| b.label.chars().count())
        .max()
        .unwrap_or(0);
    let label_area = (longest as u32 * 8 + 16).clamp(60, 280);
    let mut chart = ChartBuilder::on(root)
        .margin(8)
        .margin_right(70)
        .x_label_area_size(24)
        .y_label_area_size(label_area)
        .build_cartesian_2d(0f64..max, (0..n - 1).into_segmented())?;
    chart
        .configure_mesh()
        .disable_y_mesh()
        .light_line_style(GRID)
        .bold_line_style(GRID)
        .axis_style(INK)
        .y_labels(n)
        .y_label_formatter(&|v| segment_label(bars, Layout::Rows, v))
        .x_labels(5)
        .x_label_formatter(&|v| axis(*v))
        .label_style(label_style())
        .draw()?;
    chart.draw_series(bars.iter().enumerate().map(|(i, b)| {
        let row = n - 1 - i;
        let mut r = Rectangle::new(
            [
                (0.0, SegmentValue::Exact(row)),
                (b.value, SegmentValue::Exact(row + 1)),
            ],
            BRAND.filled(),
        );
        r.set_margin(4, 4, 0, 0);
        r
    }))?;
    chart.draw_series(row_values(bars))?;
    Ok(())
}

/// The value at the end of each bar of a `Rows` chart (not for empty bars: the table
/// has them).
fn row_values(
    bars: &[Bar],
) -> impl Iterator<Item = Text<'static, (f64, SegmentValue<usize>), String>> + '_ {
    let n = bars.len().max(1);
    let style = ("sans-serif", 15)
        .into_font()
        .color(&INK)
        .pos(Pos::new(HPos::Left, VPos::Center));
    bars.iter()
        .enumerate()
        .filter(|(_, b)| b.value > 0.0)
        .map(move |(i, b)| {
            Text::new(
                b.shown.clone(),
                (b.value, SegmentValue::CenterOf(n - 1 - i)),
                style.clone(),
            )
        })
}

/// `Columns`: one vertical bar per column, left to right, labelled below.
fn draw_columns(root: &Canvas<'_>, bars: &[Bar], max: f64, axis: &dyn Fn(f64) -> String) -> Drawn {
    let n = bars.len().max(1);
    let mut chart = ChartBuilder::on(root)
        .margin(8)
        .margin_top(20)
        .x_label_area_size(28)
        .y_label_area_size(70)
        .build_cartesian_2d((0..n - 1).into_segmented(), 0f64..max)?;
    chart
        .configure_mesh()
        .disable_x_mesh()
        .light_line_style(GRID)
        .bold_line_style(GRID)
        .axis_style(INK)
        .x_labels(n)
        .x_label_formatter(&|v| segment_label(bars, Layout::Columns, v))
        .y_labels(5)
        .y_label_formatter(&|v| axis(*v))
        .label_style(label_style())
        .draw()?;
    chart.draw_series(bars.iter().enumerate().map(|(i, b)| {
        let mut r = Rectangle::new(
            [
                (SegmentValue::Exact(i), 0.0),
                (SegmentValue::Exact(i + 1), b.value),
            ],
            BRAND.filled(),
        );
        r.set_margin(0, 0, 3, 3);
        r
    }))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bars() -> Vec<Bar> {
        vec![
            Bar {
                label: "Ahlen".into(),
                value: 1234.5,
                shown: "1.234,50 €".into(),
            },
            Bar {
                label: "Beelen & <Co>".into(),
                value: 0.0,
                shown: "0,00 €".into(),
            },
        ]
    }

    #[test]
    fn a_chart_is_an_image_with_title_description_and_every_label() {
        for layout in [Layout::Rows, Layout::Columns] {
            let svg = bar_chart(
                "money",
                "Bewilligte Mittel",
                "Je Kommune, in Euro",
                &bars(),
                layout,
                &|v| format!("{v}"),
            );
            assert!(svg.starts_with("<svg viewBox=\"0 0 720 "), "{svg}");
            assert!(svg.contains("role=\"img\" aria-labelledby=\"money-title money-desc\""));
            assert!(svg.contains("<title id=\"money-title\">Bewilligte Mittel</title>"));
            assert!(svg.contains("<desc id=\"money-desc\">Je Kommune, in Euro</desc>"));
            assert!(svg.contains("\nAhlen\n"), "{svg}");
            assert!(
                svg.contains("\n1.234,50 €\n") || layout == Layout::Columns,
                "{svg}"
            );
            assert!(svg.contains("Beelen &amp; &lt;Co&gt;"), "{svg}");
            let head = &svg[..svg.find('>').unwrap()];
            assert!(!head.contains("width="), "scales with the page: {head}");
            assert!(svg.ends_with("</svg>\n") || svg.ends_with("</svg>"));
        }
    }

    #[test]
    fn the_value_axis_ends_on_a_round_number() {
        assert_eq!(axis_max(0.0), 1.0);
        assert_eq!(axis_max(7.0), 10.0);
        assert_eq!(axis_max(1234.5), 2000.0);
        assert_eq!(axis_max(2400.0), 2500.0);
        assert_eq!(axis_max(50.0), 50.0);
    }
}
