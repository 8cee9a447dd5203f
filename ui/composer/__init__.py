"""The letter composer: live PDF preview, export, print, e-mail, and "mark as sent".

Entry point: ui.composer.composer_dialog.open_composer(context, record_id, ...).
"""
