/* pd-import.h — reading a plan from its document: text, DOCX, .doc/.wps
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Bytes in, a result or a GError out: no GTK, size-limited, safe to fuzz.
 */
#pragma once

#include <gio/gio.h>

#include "store/pd-plan-draft.h"

G_BEGIN_DECLS

/* Documents are untrusted: the caps. */
#define PD_IMPORT_MAX_TEXT        (20 * 1024 * 1024)    /* bytes of text */
#define PD_IMPORT_MAX_FILE        (100 * 1024 * 1024)   /* bytes of a document file */
#define PD_IMPORT_MAX_PART        (200 * 1024 * 1024)   /* uncompressed bytes of a DOCX part */
#define PD_IMPORT_MAX_RATIO       100                   /* uncompressed / compressed, past 1 MB */

#define PD_IMPORT_ERROR (pd_import_error_quark ())

typedef enum
{
  PD_IMPORT_ERROR_EMPTY,
  PD_IMPORT_ERROR_TOO_LARGE,
  PD_IMPORT_ERROR_NOT_TEXT,
  PD_IMPORT_ERROR_ENCODING,
  PD_IMPORT_ERROR_DAMAGED,
  PD_IMPORT_ERROR_NOTHING_RECOGNISED,
  PD_IMPORT_ERROR_UNSUPPORTED,
  PD_IMPORT_ERROR_IO,
} PdImportError;

typedef enum
{
  PD_IMPORT_WARNING_UNKNOWN_UNIT,
  PD_IMPORT_WARNING_NO_LEAD,
  PD_IMPORT_WARNING_AMBIGUOUS_SPLIT,
  PD_IMPORT_WARNING_UNKNOWN_ROLE,
  PD_IMPORT_WARNING_DUPLICATE_UNIT,
} PdImportWarningKind;

typedef struct
{
  guint                line;      /* 1-based line of the imported text */
  PdImportWarningKind  kind;
  guint                project;   /* index into the draft's projects, or G_MAXUINT */
  char                *message;
} PdImportWarning;

typedef struct
{
  PdPlanDraft *draft;
  GPtrArray   *warnings;          /* PdImportWarning, by line */
  char        *encoding;          /* what the text was read as: UTF-8, GB18030, UTF-16LE, … */
  gboolean     docx;
} PdImportResult;

typedef struct
{
  const char *encoding;           /* NULL: detect (BOM, valid UTF-8, else GB18030) */
  GHashTable *known_units;        /* name or alias → the unit's name; NULL: none known */
} PdImportOptions;

GQuark          pd_import_error_quark     (void);

PdImportResult *pd_import_read            (GBytes                 *bytes,
                                           const PdImportOptions  *options,
                                           GError                **error);
PdImportResult *pd_import_read_text       (const char             *text,
                                           const PdImportOptions  *options,
                                           GError                **error);
PdImportResult *pd_import_read_file       (const char             *path,
                                           const PdImportOptions  *options,
                                           GCancellable           *cancellable,
                                           GError                **error);
char           *pd_import_decode          (GBytes                 *bytes,
                                           const char             *encoding,
                                           char                  **used_encoding,
                                           GError                **error);
char           *pd_docx_reader_read       (GBytes                 *bytes,
                                           GError                **error);
void            pd_import_result_free     (PdImportResult         *self);
guint           pd_import_result_count_warnings (PdImportResult *self,
                                                 guint           project);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PdImportResult, pd_import_result_free)

G_END_DECLS
