/* pd-docx-reader.c — the text of a DOCX document: paragraphs and tables
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reads word/document.xml from the zip (libarchive) and parses it with
 * libxml2 without network access, DTD loading or entity expansion; a part
 * with a DTD at all is refused. Each paragraph becomes a line; each table
 * row a line of tab-separated cells, a cell merged across columns followed
 * by empty cells and a cell merged down carrying the text of the cell
 * above, as pd-text-reader reads a 任务分工表. Sizes are capped: the part
 * (PD_IMPORT_MAX_PART), its compression ratio (PD_IMPORT_MAX_RATIO) and the
 * text (PD_IMPORT_MAX_TEXT).
 */
#define G_LOG_DOMAIN "pd-docx-reader"

#include "pd-config.h"

#include <archive.h>
#include <archive_entry.h>
#include <glib/gi18n-lib.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <string.h>

#include "pd-import.h"

#define W_NS "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlDoc, xmlFreeDoc)

static void
set_damaged (GError    **error,
             const char *detail)
{
  if (detail != NULL && *detail != '\0')
    g_set_error (error, PD_IMPORT_ERROR, PD_IMPORT_ERROR_DAMAGED, _("The DOCX document is damaged (%s)"), detail);
  else
    g_set_error_literal (error, PD_IMPORT_ERROR, PD_IMPORT_ERROR_DAMAGED, _("The DOCX document is damaged"));
}

/* word/document.xml, uncompressed, within the caps. */
static GBytes *
read_part (GBytes  *bytes,
           GError **error)
{
  gsize len;
  const void *data = g_bytes_get_data (bytes, &len);
  struct archive *archive = archive_read_new ();
  struct archive_entry *entry;
  GByteArray *part = NULL;
  int rc;

  archive_read_support_format_zip (archive);
  if (archive_read_open_memory (archive, data, len) != ARCHIVE_OK)
    {
      set_damaged (error, archive_error_string (archive));
      archive_read_free (archive);
      return NULL;
    }

  while ((rc = archive_read_next_header (archive, &entry)) == ARCHIVE_OK)
    {
      const char *name = archive_entry_pathname (entry);
      char buffer[64 * 1024];
      la_ssize_t n;

      if (g_strcmp0 (name, "word/document.xml") != 0)
        {
          archive_read_data_skip (archive);
          continue;
        }
      if (archive_entry_size_is_set (entry) && archive_entry_size (entry) > PD_IMPORT_MAX_PART)
        {
          g_set_error (error, PD_IMPORT_ERROR, PD_IMPORT_ERROR_TOO_LARGE,
                       _("The DOCX document is too large (more than %d MB uncompressed)"),
                       PD_IMPORT_MAX_PART / (1024 * 1024));
          archive_read_free (archive);
          return NULL;
        }
      part = g_byte_array_new ();
      while ((n = archive_read_data (archive, buffer, sizeof buffer)) > 0)
        {
          g_byte_array_append (part, (const guint8 *)buffer, (guint)n);
          if (part->len > PD_IMPORT_MAX_PART ||
              (part->len > 1024 * 1024 && part->len / MAX (len, 1) > PD_IMPORT_MAX_RATIO))
            {
              g_set_error_literal (error, PD_IMPORT_ERROR, PD_IMPORT_ERROR_TOO_LARGE,
                                   _("The DOCX document expands to far more than its size (a zip bomb?)"));
              g_byte_array_unref (part);
              archive_read_free (archive);
              return NULL;
            }
        }
      if (n < 0)
        {
          set_damaged (error, archive_error_string (archive));
          g_byte_array_unref (part);
          archive_read_free (archive);
          return NULL;
        }
      break;
    }

  if (part == NULL)
    {
      if (rc == ARCHIVE_EOF)
        g_set_error_literal (error, PD_IMPORT_ERROR, PD_IMPORT_ERROR_DAMAGED,
                             _("This zip file is not a DOCX document (it has no word/document.xml)"));
      else
        set_damaged (error, archive_error_string (archive));
      archive_read_free (archive);
      return NULL;
    }
  archive_read_free (archive);
  return g_byte_array_free_to_bytes (part);
}

static gboolean
is_w (xmlNode    *node,
      const char *name)
{
  return node->type == XML_ELEMENT_NODE && node->ns != NULL && node->ns->href != NULL &&
         strcmp ((const char *)node->ns->href, W_NS) == 0 && strcmp ((const char *)node->name, name) == 0;
}

static xmlNode *
child_w (xmlNode    *node,
         const char *name)
{
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    if (is_w (child, name))
      return child;
  return NULL;
}

static char *
w_val (xmlNode *node)
{
  for (xmlAttr *attr = node->properties; attr != NULL; attr = attr->next)
    if (strcmp ((const char *)attr->name, "val") == 0 && attr->children != NULL && attr->children->content != NULL)
      return g_strdup ((const char *)attr->children->content);
  return NULL;
}

/* The visible text under @node: w:t runs (never deleted text or field code). */
static void
collect_text (xmlNode  *node,
              GString  *out,
              gboolean  in_cell)
{
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (child->type != XML_ELEMENT_NODE)
        continue;
      if (is_w (child, "t"))
        {
          for (xmlNode *text = child->children; text != NULL; text = text->next)
            if (text->type == XML_TEXT_NODE && text->content != NULL)
              g_string_append (out, (const char *)text->content);
        }
      else if (is_w (child, "tab"))
        g_string_append_c (out, ' ');
      else if (is_w (child, "br") || is_w (child, "cr"))
        g_string_append_c (out, in_cell ? ' ' : '\n');
      else if (is_w (child, "p") && in_cell)
        {
          if (out->len > 0)
            g_string_append (out, "；");
          collect_text (child, out, in_cell);
        }
      else if (!is_w (child, "del") && !is_w (child, "instrText") && !is_w (child, "pPr") && !is_w (child, "rPr"))
        collect_text (child, out, in_cell);
    }
}

static void
read_table (xmlNode  *table,
            GString  *out)
{
  g_autoptr(GPtrArray) above = g_ptr_array_new_with_free_func (g_free);

  for (xmlNode *row = table->children; row != NULL; row = row->next)
    {
      guint column = 0;
      gboolean first = TRUE;

      if (!is_w (row, "tr"))
        continue;
      for (xmlNode *cell = row->children; cell != NULL; cell = cell->next)
        {
          xmlNode *properties;
          guint span = 1;
          gboolean merged_down = FALSE;
          g_autoptr(GString) text = NULL;

          if (!is_w (cell, "tc"))
            continue;
          properties = child_w (cell, "tcPr");
          if (properties != NULL)
            {
              xmlNode *grid_span = child_w (properties, "gridSpan");
              xmlNode *v_merge = child_w (properties, "vMerge");

              if (grid_span != NULL)
                {
                  g_autofree char *val = w_val (grid_span);

                  span = val ? (guint)CLAMP (atoi (val), 1, 64) : 1;
                }
              if (v_merge != NULL)
                {
                  g_autofree char *val = w_val (v_merge);

                  merged_down = val == NULL || strcmp (val, "restart") != 0;
                }
            }

          text = g_string_new (NULL);
          if (merged_down)
            {
              if (column < above->len && g_ptr_array_index (above, column) != NULL)
                g_string_append (text, g_ptr_array_index (above, column));
            }
          else
            collect_text (cell, text, TRUE);
          for (gsize i = 0; i < text->len; i++)
            if (text->str[i] == '\t' || text->str[i] == '\n' || text->str[i] == '\r')
              text->str[i] = ' ';

          for (guint k = 0; k < span; k++)
            {
              if (!first)
                g_string_append_c (out, '\t');
              first = FALSE;
              if (k == 0)
                g_string_append (out, text->str);
              while (above->len <= column + k)
                g_ptr_array_add (above, NULL);
              g_free (g_ptr_array_index (above, column + k));
              g_ptr_array_index (above, column + k) = g_strdup (text->str);
            }
          column += span;
        }
      /* A row of one cell still reads as a table row. */
      if (column <= 1)
        g_string_append_c (out, '\t');
      g_string_append_c (out, '\n');
    }
}

static void
read_blocks (xmlNode *parent,
             GString *out)
{
  for (xmlNode *node = parent->children; node != NULL; node = node->next)
    {
      if (is_w (node, "p"))
        {
          collect_text (node, out, FALSE);
          g_string_append_c (out, '\n');
        }
      else if (is_w (node, "tbl"))
        {
          g_string_append_c (out, '\n');
          read_table (node, out);
          g_string_append_c (out, '\n');
        }
      else if (is_w (node, "sdt"))
        {
          xmlNode *content = child_w (node, "sdtContent");

          if (content != NULL)
            read_blocks (content, out);
        }
      if (out->len > PD_IMPORT_MAX_TEXT)
        return;
    }
}

/* The text of a DOCX document, as pd-text-reader reads it. */
char *
pd_docx_reader_read (GBytes  *bytes,
                     GError **error)
{
  g_autoptr(GBytes) part = NULL;
  g_autoptr(xmlDoc) doc = NULL;
  g_autoptr(GString) out = NULL;
  xmlNode *root, *body;
  gsize len;
  const char *data;

  g_return_val_if_fail (bytes != NULL, NULL);

  part = read_part (bytes, error);
  if (part == NULL)
    return NULL;
  data = g_bytes_get_data (part, &len);
  if (len > G_MAXINT)
    {
      g_set_error_literal (error, PD_IMPORT_ERROR, PD_IMPORT_ERROR_TOO_LARGE, _("The DOCX document is too large"));
      return NULL;
    }

  /* No network, no DTD loading, no entity substitution; errors stay quiet. */
  doc = xmlReadMemory (data, (int)len, "document.xml", NULL,
                       XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_NOCDATA);
  if (doc == NULL)
    {
      set_damaged (error, _("its text is not well-formed XML"));
      return NULL;
    }
  if (doc->intSubset != NULL || doc->extSubset != NULL)
    {
      set_damaged (error, _("its text declares a DTD"));
      return NULL;
    }
  root = xmlDocGetRootElement (doc);
  body = root != NULL && is_w (root, "document") ? child_w (root, "body") : NULL;
  if (body == NULL)
    {
      set_damaged (error, _("it has no document body"));
      return NULL;
    }

  out = g_string_new (NULL);
  read_blocks (body, out);
  if (out->len > PD_IMPORT_MAX_TEXT)
    {
      g_set_error (error, PD_IMPORT_ERROR, PD_IMPORT_ERROR_TOO_LARGE,
                   _("The document is too large (more than %d MB of text)"), PD_IMPORT_MAX_TEXT / (1024 * 1024));
      return NULL;
    }
  if (!g_utf8_validate (out->str, out->len, NULL))
    {
      set_damaged (error, _("its text is not valid UTF-8"));
      return NULL;
    }
  if (strspn (out->str, " \t\n") == out->len)
    {
      g_set_error_literal (error, PD_IMPORT_ERROR, PD_IMPORT_ERROR_EMPTY, _("The document is empty"));
      return NULL;
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}
