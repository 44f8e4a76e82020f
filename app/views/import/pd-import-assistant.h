/* pd-import-assistant.h — import a plan from its document, with a preview
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "import/pd-import.h"

G_BEGIN_DECLS

#define PD_TYPE_IMPORT_ASSISTANT (pd_import_assistant_get_type ())
G_DECLARE_FINAL_TYPE (PdImportAssistant, pd_import_assistant, PD, IMPORT_ASSISTANT, AdwWindow)

PdImportAssistant *pd_import_assistant_new                (GtkApplication     *application,
                                                           const char         *path,
                                                           GHashTable         *known_units);
gboolean           pd_import_assistant_is_loading         (PdImportAssistant  *self);
PdImportResult    *pd_import_assistant_get_result         (PdImportAssistant  *self);
GtkListBox        *pd_import_assistant_get_list           (PdImportAssistant  *self);
GtkTextBuffer     *pd_import_assistant_get_source_buffer  (PdImportAssistant  *self);
const char        *pd_import_assistant_get_summary        (PdImportAssistant  *self);
const char        *pd_import_assistant_get_error          (PdImportAssistant  *self);
void               pd_import_assistant_set_encoding       (PdImportAssistant  *self,
                                                           const char         *encoding);
gboolean           pd_import_assistant_create_plan        (PdImportAssistant  *self,
                                                           const char         *path,
                                                           GError            **error);

G_END_DECLS
