/* pd-application-private.h — shared between the application's source files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pd-application.h"

G_BEGIN_DECLS

void        _pd_application_add_actions     (PdApplication *self);
GMenuModel *_pd_application_dup_recent_menu (guint          limit);
void        _pd_application_import_document (PdApplication *self,
                                             const char    *path);
void        _pd_application_note_recent     (const char    *path,
                                             const char    *title);

G_END_DECLS
