/* pd-import-preview.h — what the import assistant lists: rows with their tags
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "import/pd-import.h"

G_BEGIN_DECLS

typedef enum
{
  PD_IMPORT_TAG_READY,
  PD_IMPORT_TAG_CHECK,     /* unknown unit, no lead, guessed split or role */
  PD_IMPORT_TAG_ERROR,     /* something written could not be imported (a unit named twice) */
} PdImportTag;

typedef struct
{
  gboolean     programme;  /* a programme's heading row */
  guint        index;      /* into the draft's programmes or projects */
  char        *title;      /* "一、法治广州建设工程" or "1、平安建设地方立法项目" */
  char        *units;      /* "Lead: …\nCooperating: …" (projects) */
  PdImportTag  tag;
  char        *reason;     /* the warnings, one a line; NULL when ready */
  GArray      *ranges;     /* gint64 pairs: character offsets of the units' words */
} PdImportPreviewRow;

GPtrArray   *pd_import_preview_build    (PdImportResult *result);
void         pd_import_preview_count    (GPtrArray      *rows,
                                         guint          *n_ready,
                                         guint          *n_check,
                                         guint          *n_error);
const char  *pd_import_tag_to_string    (PdImportTag     tag);

G_END_DECLS
