/* pd-html-writer.c — HTML: one self-contained UTF-8 file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The report as a plain official document: the title block, headings,
 * paragraphs and bordered tables in a serif Chinese typeface, with a print
 * style sheet for the report's paper and orientation, table headers that
 * repeat on every printed page and page numbers in the page margins.
 *
 * Everything that comes from the report is escaped (& < > " '); the file
 * has no scripts and loads nothing: the style sheet is embedded.
 */
#define G_LOG_DOMAIN "pd-html-writer"

#include "pd-config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "pd-html-writer.h"
#include "store/pd-date.h"

static const char style_sheet[] =
  "*, *::before, *::after { box-sizing: border-box; }\n"
  "html { background: #e8e8e5; }\n"
  "body {\n"
  "  margin: 0; padding: 32px 16px;\n"
  "  color: #111; font-size: 15px; line-height: 1.65;\n"
  "  font-family: \"Noto Serif CJK SC\", \"Source Han Serif SC\", \"SimSun\", \"Songti SC\",\n"
  "    serif;\n"
  "}\n"
  ".page {\n"
  "  margin: 0 auto; padding: 48px 56px 56px; background: #fff;\n"
  "  box-shadow: 0 1px 3px rgba(0, 0, 0, .18), 0 4px 16px rgba(0, 0, 0, .06);\n"
  "}\n"
  ".running-header {\n"
  "  margin: 0 0 32px; padding-bottom: 4px; border-bottom: 1px solid #888;\n"
  "  color: #555; font-size: 12px; text-align: center; text-indent: 0;\n"
  "}\n"
  ".title-block { margin: 0 0 28px; text-align: center; }\n"
  ".title-block h1 {\n"
  "  margin: 0 0 10px; font-size: 26px; font-weight: bold;\n"
  "  letter-spacing: .04em; line-height: 1.4;\n"
  "}\n"
  ".title-block p { text-indent: 0; text-align: center; }\n"
  ".title-block .subtitle { margin: 0 0 6px; font-size: 16px; }\n"
  ".title-block .date { margin: 0; color: #444; font-size: 14px; }\n"
  "h2, h3 { margin: 28px 0 12px; font-weight: bold; line-height: 1.4; }\n"
  "h2 {\n"
  "  font-size: 19px;\n"
  "  font-family: \"Noto Sans CJK SC\", \"Source Han Sans SC\", \"SimHei\", \"Heiti SC\",\n"
  "    sans-serif;\n"
  "}\n"
  "h3 {\n"
  "  font-size: 17px;\n"
  "  font-family: \"KaiTi\", \"STKaiti\", \"AR PL UKai CN\", \"Noto Serif CJK SC\", serif;\n"
  "}\n"
  "p { margin: 0 0 10px; text-indent: 2em; text-align: justify; }\n"
  "table {\n"
  "  width: 100%; margin: 12px 0 28px; border-collapse: collapse;\n"
  "  font-size: 14px; line-height: 1.5;\n"
  "}\n"
  "table.fixed { table-layout: fixed; }\n"
  "th, td {\n"
  "  padding: 5px 7px; border: 1px solid #222;\n"
  "  text-align: left; vertical-align: middle; overflow-wrap: break-word;\n"
  "}\n"
  "thead th { background: #e4e4e4; font-weight: bold; text-align: center; }\n"
  "tr.section > * { background: #f3f3f3; font-weight: bold; }\n"
  "tr.total > * { font-weight: bold; border-top: 2px solid #222; }\n"
  "td.number { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }\n"
  "td.center { text-align: center; }\n"
  "td.emphasis { font-weight: bold; }\n"
  "td.date { white-space: nowrap; }\n"
  ".one-line { white-space: nowrap; }\n"
  ".page-break { margin: 36px -56px; border-top: 1px dashed #bbb; }\n"
  "@media screen and (max-width: 720px) {\n"
  "  body { padding: 0; }\n"
  "  .page { padding: 20px 14px; box-shadow: none; overflow-x: auto; }\n"
  "}\n"
  "@media print {\n"
  "  html, body { background: none; padding: 0; font-size: 11pt; }\n"
  "  .page { max-width: none; margin: 0; padding: 0; box-shadow: none; }\n"
  "  .running-header { display: none; }\n"
  "  table { font-size: 10.5pt; }\n"
  "  thead { display: table-header-group; }\n"
  "  tr, th, td { break-inside: avoid; page-break-inside: avoid; }\n"
  "  h2, h3 { break-after: avoid; page-break-after: avoid; }\n"
  "  .page-break { margin: 0; border: 0; break-before: page; page-break-before: always; }\n"
  "}\n";

/* Drops what HTML does not allow in text: NUL and the other C0 controls
 * besides tab, newline and carriage return, DEL and the C1 controls. */
static gboolean
is_allowed (gunichar c)
{
  if (c < 0x20)
    return c == '\t' || c == '\n' || c == '\r';
  return !(c >= 0x7f && c < 0xa0);
}

/* Escapes @text for element content and attribute values; with @breaks,
 * line breaks become <br>. */
static void
append_escaped (GString    *out,
                const char *text,
                gboolean    breaks)
{
  g_autofree char *valid = g_utf8_make_valid (text != NULL ? text : "", -1);

  for (const char *p = valid; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      switch (c)
        {
        case '&': g_string_append (out, "&amp;"); break;
        case '<': g_string_append (out, "&lt;"); break;
        case '>': g_string_append (out, "&gt;"); break;
        case '"': g_string_append (out, "&quot;"); break;
        case '\'': g_string_append (out, "&#39;"); break;
        case '\r':
          if (p[1] == '\n')
            break;
          G_GNUC_FALLTHROUGH;
        case '\n':
          g_string_append (out, breaks ? "<br>" : " ");
          break;
        default:
          if (is_allowed (c))
            g_string_append_unichar (out, c);
          break;
        }
    }
}

/* A CSS string literal: quotes, backslashes, line breaks and anything that
 * could end the <style> element are written as escapes. */
static void
append_css_string (GString    *out,
                   const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text != NULL ? text : "", -1);

  g_string_append_c (out, '"');
  for (const char *p = valid; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' || c < 0x20 || c == 0x7f)
        g_string_append_printf (out, "\\%X ", c < 0x20 && c != '\n' && c != '\t' ? ' ' : c);
      else
        g_string_append_unichar (out, c);
    }
  g_string_append_c (out, '"');
}

/* The CSS content of a page footer from a spreadsheet-style format: &P is
 * the page number, &N the number of pages. */
static void
append_page_counter (GString    *out,
                     const char *format)
{
  g_autoptr(GString) literal = g_string_new (NULL);
  gboolean first = TRUE;

  for (const char *p = format; ; p++)
    {
      const char *counter = NULL;

      if (p[0] == '&' && p[1] == 'P')
        counter = "counter(page)";
      else if (p[0] == '&' && p[1] == 'N')
        counter = "counter(pages)";
      else if (p[0] == '&' && p[1] == '&')
        p++;

      if (counter == NULL && *p != '\0')
        {
          g_string_append_c (literal, *p);
          continue;
        }
      if (literal->len > 0)
        {
          if (!first)
            g_string_append_c (out, ' ');
          append_css_string (out, literal->str);
          g_string_truncate (literal, 0);
          first = FALSE;
        }
      if (counter == NULL)
        break;
      if (!first)
        g_string_append_c (out, ' ');
      g_string_append (out, counter);
      first = FALSE;
      p++;
    }
  if (first)
    g_string_append (out, "none");
}

static void
append_page_rule (GString  *out,
                  PdReport *report)
{
  g_string_append_printf (out, "@page {\n  size: %s %s;\n  margin: 16mm 14mm 18mm;\n",
                          report->paper == PD_REPORT_PAPER_A3 ? "A3" : "A4",
                          report->landscape ? "landscape" : "portrait");
  if (report->header != NULL && report->header[0] != '\0')
    {
      g_string_append (out, "  @top-center { content: ");
      append_css_string (out, report->header);
      g_string_append (out, "; font-size: 9pt; color: #555; }\n");
    }
  g_string_append (out, "  @bottom-center { content: ");
  /* The same translated format as the spreadsheet footer. */
  append_page_counter (out, _("Page &P of &N"));
  g_string_append (out, "; font-size: 9pt; }\n}\n");
}

/* The screen width of the page: the paper's width at 96 dpi, but room
 * enough for a table on screen even when the paper is A4 portrait. */
static guint
page_width_px (PdReport *report)
{
  guint short_mm = report->paper == PD_REPORT_PAPER_A3 ? 297 : 210;
  guint long_mm = report->paper == PD_REPORT_PAPER_A3 ? 420 : 297;

  return MAX (1000, (report->landscape ? long_mm : short_mm) * 96 * 10 / 254);
}

/* A date, kept on one line: a DATE cell, or an ISO day ("YYYY-MM-DD", as
 * the machine-readable assignments report writes them). */
static gboolean
is_date (const char *text,
         guint       flags)
{
  if (flags & PD_REPORT_CELL_DATE)
    return TRUE;
  if (text == NULL || strlen (text) != 10)
    return FALSE;
  for (guint i = 0; i < 10; i++)
    if (i == 4 || i == 7 ? text[i] != '-' : !g_ascii_isdigit (text[i]))
      return FALSE;
  return TRUE;
}

/* A day as people read it, marked up with the day it is:
 * <time datetime="2013-03-31">2013年3月31日</time>. */
static void
append_time (GString    *out,
             const char *iso_date,
             const char *shown)
{
  g_string_append (out, "<time datetime=\"");
  append_escaped (out, iso_date, FALSE);
  g_string_append (out, "\">");
  append_escaped (out, shown, TRUE);
  g_string_append (out, "</time>");
}

static void
append_table (GString       *out,
              PdReportTable *table)
{
  guint n_columns = pd_report_table_get_n_columns (table);
  g_autofree gboolean *one_line = g_new0 (gboolean, n_columns);
  gboolean in_body = FALSE;

  /* Columns kept on one line, when the table leaves the widths to the
   * content: the browser gives them their width first. */
  for (guint c = 0; c < n_columns && table->widths == NULL; c++)
    one_line[c] = (pd_report_table_get_column_flags (table, c) & PD_REPORT_COLUMN_ONE_LINE) != 0;

  g_string_append (out, table->widths != NULL ? "<table class=\"fixed\">\n" : "<table>\n");
  if (table->widths != NULL)
    {
      double sum = 0;

      for (guint c = 0; c < n_columns; c++)
        sum += MAX (table->widths[c], 0);
      g_string_append (out, "<colgroup>");
      for (guint c = 0; c < n_columns; c++)
        {
          char number[G_ASCII_DTOSTR_BUF_SIZE];
          double share = sum > 0 ? MAX (table->widths[c], 0) * 100 / sum : 100.0 / n_columns;

          g_ascii_formatd (number, sizeof number, "%.2f", share);
          g_string_append_printf (out, "<col style=\"width: %s%%\">", number);
        }
      g_string_append (out, "</colgroup>\n");
    }

  g_string_append (out, "<thead>\n<tr>");
  for (guint c = 0; c < n_columns; c++)
    {
      g_auto(GStrv) words = g_strsplit (table->header[c] ? table->header[c] : "", "_", -1);

      /* Column names like "project_no" may break after the underscore. */
      g_string_append (out, one_line[c] ? "<th scope=\"col\" class=\"one-line\">"
                                        : "<th scope=\"col\">");
      for (guint w = 0; words[w] != NULL; w++)
        {
          if (w > 0)
            g_string_append (out, "_<wbr>");
          append_escaped (out, words[w], TRUE);
        }
      g_string_append (out, "</th>");
    }
  g_string_append (out, "</tr>\n</thead>\n");

  for (guint r = 0; r < table->rows->len; r++)
    {
      PdReportRow *row = g_ptr_array_index (table->rows, r);
      PdReportRowKind kind = row->section ? PD_REPORT_ROW_SECTION : row->kind;

      /* Each section is a row group under its heading row. */
      if (!in_body || kind == PD_REPORT_ROW_SECTION)
        {
          if (in_body)
            g_string_append (out, "</tbody>\n");
          g_string_append (out, "<tbody>\n");
          in_body = TRUE;
        }

      if (kind == PD_REPORT_ROW_SECTION)
        {
          g_string_append_printf (out,
                                  "<tr class=\"section\"><th scope=\"rowgroup\" colspan=\"%u\">",
                                  n_columns);
          append_escaped (out, row->cells[0], TRUE);
          g_string_append (out, "</th></tr>\n");
          continue;
        }

      g_string_append (out, kind == PD_REPORT_ROW_TOTAL ? "<tr class=\"total\">" : "<tr>");
      for (guint c = 0; c < n_columns; c++)
        {
          guint span = MIN ((guint)row->spans[c], n_columns - c);
          guint flags = row->flags[c];
          const char *classes[6] = { NULL, };
          guint n_classes = 0;

          if (span == 0)
            continue;
          if (flags & PD_REPORT_CELL_NUMBER)
            classes[n_classes++] = "number";
          if (flags & PD_REPORT_CELL_CENTER)
            classes[n_classes++] = "center";
          if (flags & PD_REPORT_CELL_EMPHASIS)
            classes[n_classes++] = "emphasis";
          if (is_date (row->cells[c], flags))
            classes[n_classes++] = "date";
          else if (one_line[c] && span == 1)
            classes[n_classes++] = "one-line";

          g_string_append (out, "<td");
          if (span > 1)
            g_string_append_printf (out, " colspan=\"%u\"", span);
          if (n_classes > 0)
            {
              g_autofree char *joined = g_strjoinv (" ", (char **)classes);

              g_string_append_printf (out, " class=\"%s\"", joined);
            }
          g_string_append_c (out, '>');
          if (flags & PD_REPORT_CELL_DATE)
            {
              g_autofree char *iso = pd_date_parse (row->cells[c]);

              if (iso != NULL)
                append_time (out, iso, row->cells[c]);
              else
                append_escaped (out, row->cells[c], TRUE);
            }
          else
            append_escaped (out, row->cells[c], TRUE);
          g_string_append (out, "</td>");
        }
      g_string_append (out, "</tr>\n");
    }
  if (!in_body)
    g_string_append (out, "<tbody>\n");
  g_string_append (out, "</tbody>\n</table>\n");
}

GBytes *
pd_html_writer_render (PdReport *report)
{
  g_autoptr(GString) out = g_string_new (NULL);

  g_return_val_if_fail (report != NULL, NULL);

  g_string_append (out, "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
                        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                        "<meta name=\"generator\" content=\"Plan Desk " PACKAGE_VERSION "\">\n"
                        "<title>");
  append_escaped (out, report->title, FALSE);
  g_string_append (out, "</title>\n<style>\n");
  g_string_append (out, style_sheet);
  g_string_append_printf (out, ".page { max-width: %upx; }\n", page_width_px (report));
  append_page_rule (out, report);
  g_string_append (out, "</style>\n</head>\n<body>\n<div class=\"page\">\n");

  if (report->header != NULL && report->header[0] != '\0' &&
      g_strcmp0 (report->header, report->title) != 0)
    {
      g_string_append (out, "<p class=\"running-header\">");
      append_escaped (out, report->header, FALSE);
      g_string_append (out, "</p>\n");
    }

  g_string_append (out, "<header class=\"title-block\">\n<h1>");
  append_escaped (out, report->title, TRUE);
  g_string_append (out, "</h1>\n");
  if (report->subtitle != NULL && report->subtitle[0] != '\0')
    {
      g_string_append (out, "<p class=\"subtitle\">");
      append_escaped (out, report->subtitle, TRUE);
      g_string_append (out, "</p>\n");
    }
  if (report->generated_on != NULL && report->generated_on[0] != '\0')
    {
      g_autofree char *date = pd_date_format (report->generated_on);

      g_string_append (out, "<p class=\"date\">");
      append_time (out, report->generated_on, date);
      g_string_append (out, "</p>\n");
    }
  g_string_append (out, "</header>\n<main>\n");

  for (guint i = 0; i < report->blocks->len; i++)
    {
      PdReportBlock *block = g_ptr_array_index (report->blocks, i);

      switch (block->kind)
        {
        case PD_REPORT_BLOCK_HEADING:
          /* The title is the document's h1; headings come under it. */
          g_string_append (out, block->level == 2 ? "<h3>" : "<h2>");
          append_escaped (out, block->text, TRUE);
          g_string_append (out, block->level == 2 ? "</h3>\n" : "</h2>\n");
          break;
        case PD_REPORT_BLOCK_PARAGRAPH:
          g_string_append (out, "<p>");
          append_escaped (out, block->text, TRUE);
          g_string_append (out, "</p>\n");
          break;
        case PD_REPORT_BLOCK_PAGE_BREAK:
          g_string_append (out, "<div class=\"page-break\" aria-hidden=\"true\"></div>\n");
          break;
        case PD_REPORT_BLOCK_TABLE:
          append_table (out, block->table);
          break;
        default:
          break;
        }
    }

  g_string_append (out, "</main>\n</div>\n</body>\n</html>\n");
  return g_string_free_to_bytes (g_steal_pointer (&out));
}
