/* pd-import.c — reading a plan from its document: formats and encodings
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * pd_import_read() takes the document's bytes: a DOCX (a zip) is read by
 * pd-docx-reader, anything else is text, decoded by its byte order mark,
 * else as UTF-8 when it is valid UTF-8, else as GB18030 (which GBK files
 * are), or in the encoding the caller forces. The text then goes to
 * pd-text-reader. .doc and .wps files are converted to DOCX by LibreOffice
 * when it is installed (pd_import_read_file()).
 */
#define G_LOG_DOMAIN "pd-import"

#include "pd-config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "pd-import.h"
#include "pd-text-reader.h"

G_DEFINE_QUARK (pd-import-error-quark, pd_import_error)

void
pd_import_result_free (PdImportResult *self)
{
  if (self == NULL)
    return;
  pd_plan_draft_free (self->draft);
  g_clear_pointer (&self->warnings, g_ptr_array_unref);
  g_free (self->encoding);
  g_free (self);
}

/* The warnings about one project (G_MAXUINT: all). */
guint
pd_import_result_count_warnings (PdImportResult *self,
                                 guint           project)
{
  guint n = 0;

  g_return_val_if_fail (self != NULL, 0);
  for (guint i = 0; i < self->warnings->len; i++)
    {
      PdImportWarning *warning = g_ptr_array_index (self->warnings, i);

      if (project == G_MAXUINT || warning->project == project)
        n++;
    }
  return n;
}

/* Text that is not text: NUL bytes or many control characters. */
static gboolean
looks_binary (const char *text,
              gsize       len)
{
  gsize controls = 0;

  for (gsize i = 0; i < len; i++)
    {
      guchar c = (guchar)text[i];

      if (c == 0)
        return TRUE;
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f')
        controls++;
    }
  return controls > 8 && controls * 100 > len;
}

/* CRLF and CR become LF: line numbers and offsets are those of the text stored. */
static char *
normalise_newlines (char *text)
{
  char *out = text;

  for (const char *in = text; *in; in++)
    {
      if (*in == '\r')
        {
          *out++ = '\n';
          if (in[1] == '\n')
            in++;
        }
      else
        *out++ = *in;
    }
  *out = '\0';
  return text;
}

static char *
convert (const char  *data,
         gsize        len,
         const char  *from,
         GError     **error)
{
  g_autoptr(GError) local = NULL;
  gsize written = 0;
  char *text = g_convert (data, len, "UTF-8", from, NULL, &written, &local);

  if (text == NULL)
    {
      if (g_error_matches (local, G_CONVERT_ERROR, G_CONVERT_ERROR_NO_CONVERSION))
        g_set_error (error, PD_IMPORT_ERROR, PD_IMPORT_ERROR_ENCODING, _("Unknown encoding “%s”"), from);
      else
        g_set_error (error, PD_IMPORT_ERROR, PD_IMPORT_ERROR_ENCODING, _("The document is not valid %s text"), from);
      return NULL;
    }
  if (strlen (text) != written)
    {
      g_free (text);
      g_set_error_literal (error, PD_IMPORT_ERROR, PD_IMPORT_ERROR_NOT_TEXT, _("This is not a text document"));
      return NULL;
    }
  return text;
}

/* Decodes a text document to UTF-8 with LF line ends. */
char *
pd_import_decode (GBytes      *bytes,
                  const char  *encoding,
                  char       **used_encoding,
                  GError     **error)
{
  gsize len;
  const char *data = g_bytes_get_data (bytes, &len);
  const guchar *u = (const guchar *)data;
  char *text = NULL;
  const char *used = NULL;

  if (len == 0)
    {
      g_set_error_literal (error, PD_IMPORT_ERROR, PD_IMPORT_ERROR_EMPTY, _("The document is empty"));
      return NULL;
    }
  if (len > PD_IMPORT_MAX_TEXT)
    {
      g_set_error (error, PD_IMPORT_ERROR, PD_IMPORT_ERROR_TOO_LARGE,
                   _("The document is too large (more than %d MB of text)"), PD_IMPORT_MAX_TEXT / (1024 * 1024));
      return NULL;
    }

  if (encoding != NULL && *encoding != '\0')
    {
      used = encoding;
      if (g_ascii_strcasecmp (encoding, "UTF-8") == 0 && len >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF)
        text = convert (data + 3, len - 3, "UTF-8", error);
      else
        text = convert (data, len, encoding, error);
    }
  else if (len >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF)
    {
      used = "UTF-8";
      text = convert (data + 3, len - 3, "UTF-8", error);
    }
  else if (len >= 2 && u[0] == 0xFF && u[1] == 0xFE)
    {
      used = "UTF-16LE";
      text = convert (data + 2, len - 2, "UTF-16LE", error);
    }
  else if (len >= 2 && u[0] == 0xFE && u[1] == 0xFF)
    {
      used = "UTF-16BE";
      text = convert (data + 2, len - 2, "UTF-16BE", error);
    }
  else if (g_utf8_validate (data, len, NULL))
    {
      used = "UTF-8";
      text = g_strndup (data, len);
    }
  else
    {
      g_autoptr(GError) local = NULL;

      used = "GB18030";
      text = convert (data, len, "GB18030", &local);
      if (text == NULL)
        {
          g_set_error_literal (error, PD_IMPORT_ERROR, PD_IMPORT_ERROR_NOT_TEXT,
                               _("This is not a text document (neither UTF-8 nor GB18030)"));
          return NULL;
        }
    }

  if (text == NULL)
    return NULL;
  if (looks_binary (text, strlen (text)) || strlen (text) == 0)
    {
      g_free (text);
      if (len > 0 && strlen (data) == 0 && memchr (data, 0, len) != NULL && used != NULL &&
          g_str_has_prefix (used, "UTF-16"))
        g_set_error_literal (error, PD_IMPORT_ERROR, PD_IMPORT_ERROR_EMPTY, _("The document is empty"));
      else
        g_set_error_literal (error, PD_IMPORT_ERROR, PD_IMPORT_ERROR_NOT_TEXT, _("This is not a text document"));
      return NULL;
    }
  if (used_encoding != NULL)
    *used_encoding = g_strdup (used);
  return normalise_newlines (text);
}

PdImportResult *
pd_import_read_text (const char             *text,
                     const PdImportOptions  *options,
                     GError                **error)
{
  g_return_val_if_fail (text != NULL, NULL);

  if (strlen (text) > PD_IMPORT_MAX_TEXT)
    {
      g_set_error (error, PD_IMPORT_ERROR, PD_IMPORT_ERROR_TOO_LARGE,
                   _("The document is too large (more than %d MB of text)"), PD_IMPORT_MAX_TEXT / (1024 * 1024));
      return NULL;
    }
  if (!g_utf8_validate (text, -1, NULL))
    {
      g_set_error_literal (error, PD_IMPORT_ERROR, PD_IMPORT_ERROR_NOT_TEXT, _("This is not a text document"));
      return NULL;
    }
  return pd_text_reader_read (text, options, error);
}

static gboolean
is_zip (const guchar *data,
        gsize         len)
{
  return len >= 4 && data[0] == 'P' && data[1] == 'K' && (data[2] == 3 || data[2] == 5) && (data[3] == 4 || data[3] == 6);
}

static gboolean
is_ole (const guchar *data,
        gsize         len)
{
  static const guchar magic[] = { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 };

  return len >= sizeof magic && memcmp (data, magic, sizeof magic) == 0;
}

/* Reads a document's bytes: DOCX or text. */
PdImportResult *
pd_import_read (GBytes                 *bytes,
                const PdImportOptions  *options,
                GError                **error)
{
  gsize len;
  const guchar *data;
  g_autofree char *text = NULL;
  g_autofree char *encoding = NULL;
  PdImportResult *result;
  gboolean docx = FALSE;

  g_return_val_if_fail (bytes != NULL, NULL);

  data = g_bytes_get_data (bytes, &len);
  if (is_ole (data, len))
    {
      g_set_error_literal (error, PD_IMPORT_ERROR, PD_IMPORT_ERROR_UNSUPPORTED,
                           _("This is a .doc or .wps document: install LibreOffice to import it, or save it as DOCX"));
      return NULL;
    }
  if (is_zip (data, len))
    {
      if (len > PD_IMPORT_MAX_FILE)
        {
          g_set_error (error, PD_IMPORT_ERROR, PD_IMPORT_ERROR_TOO_LARGE, _("The document is too large (more than %d MB)"),
                       PD_IMPORT_MAX_FILE / (1024 * 1024));
          return NULL;
        }
      text = pd_docx_reader_read (bytes, error);
      encoding = g_strdup ("DOCX");
      docx = TRUE;
    }
  else
    text = pd_import_decode (bytes, options ? options->encoding : NULL, &encoding, error);
  if (text == NULL)
    return NULL;

  result = pd_import_read_text (text, options, error);
  if (result != NULL)
    {
      result->encoding = g_steal_pointer (&encoding);
      result->docx = docx;
    }
  return result;
}

/* Converts a .doc or .wps file with LibreOffice; returns the DOCX's bytes. */
static GBytes *
convert_legacy (const char    *path,
                GCancellable  *cancellable,
                GError       **error)
{
  g_autofree char *soffice = g_find_program_in_path ("soffice");
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *stem = NULL;
  g_autofree char *docx = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) local = NULL;
  g_autoptr(GMappedFile) mapped = NULL;
  GBytes *bytes = NULL;
  char *dot;

  if (soffice == NULL)
    soffice = g_find_program_in_path ("libreoffice");
  if (soffice == NULL)
    {
      g_set_error_literal (error, PD_IMPORT_ERROR, PD_IMPORT_ERROR_UNSUPPORTED,
                           _("This is a .doc or .wps document: install LibreOffice to import it, or save it as DOCX"));
      return NULL;
    }
  dir = g_dir_make_tmp ("plandesk-import-XXXXXX", error);
  if (dir == NULL)
    return NULL;
  process = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_SILENCE | G_SUBPROCESS_FLAGS_STDERR_SILENCE, &local,
                              soffice, "--headless", "--norestore", "--convert-to", "docx", "--outdir", dir, path, NULL);
  if (process == NULL || !g_subprocess_wait_check (process, cancellable, &local))
    {
      g_set_error (error, PD_IMPORT_ERROR, PD_IMPORT_ERROR_DAMAGED, _("LibreOffice could not convert the document: %s"),
                   local ? local->message : "");
      g_rmdir (dir);
      return NULL;
    }
  base = g_path_get_basename (path);
  dot = strrchr (base, '.');
  stem = dot ? g_strndup (base, dot - base) : g_strdup (base);
  docx = g_strdup_printf ("%s/%s.docx", dir, stem);
  mapped = g_mapped_file_new (docx, FALSE, &local);
  if (mapped != NULL)
    bytes = g_mapped_file_get_bytes (mapped);
  else
    g_set_error (error, PD_IMPORT_ERROR, PD_IMPORT_ERROR_DAMAGED, _("LibreOffice could not convert the document: %s"),
                 local->message);
  g_unlink (docx);
  g_rmdir (dir);
  return bytes;
}

/* Reads a document file (at most PD_IMPORT_MAX_FILE bytes). */
PdImportResult *
pd_import_read_file (const char             *path,
                     const PdImportOptions  *options,
                     GCancellable           *cancellable,
                     GError                **error)
{
  g_autoptr(GMappedFile) mapped = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local = NULL;
  const guchar *data;
  gsize len;

  g_return_val_if_fail (path != NULL, NULL);

  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_set_error_literal (error, PD_IMPORT_ERROR, PD_IMPORT_ERROR_IO, _("This is a folder, not a document"));
      return NULL;
    }
  mapped = g_mapped_file_new (path, FALSE, &local);
  if (mapped == NULL)
    {
      g_set_error (error, PD_IMPORT_ERROR, PD_IMPORT_ERROR_IO, _("Cannot read the document: %s"), local->message);
      return NULL;
    }
  if (g_mapped_file_get_length (mapped) > PD_IMPORT_MAX_FILE)
    {
      g_set_error (error, PD_IMPORT_ERROR, PD_IMPORT_ERROR_TOO_LARGE, _("The document is too large (more than %d MB)"),
                   PD_IMPORT_MAX_FILE / (1024 * 1024));
      return NULL;
    }
  bytes = g_mapped_file_get_bytes (mapped);
  data = g_bytes_get_data (bytes, &len);
  if (is_ole (data, len) || g_str_has_suffix (path, ".wps") || g_str_has_suffix (path, ".doc") ||
      g_str_has_suffix (path, ".WPS") || g_str_has_suffix (path, ".DOC"))
    {
      if (!is_zip (data, len))
        {
          g_autoptr(GBytes) converted = convert_legacy (path, cancellable, error);

          if (converted == NULL)
            return NULL;
          return pd_import_read (converted, options, error);
        }
    }
  return pd_import_read (bytes, options, error);
}
