"""An upload handler that stops receiving a file as soon as it passes the import size limit."""

from django.core.files.uploadhandler import FileUploadHandler, StopUpload
from django.utils.translation import gettext as _

from .limits import max_upload_bytes, megabytes


def upload_refusal(request) -> str | None:
    """Why the request's upload was cut off while it was received, or None."""
    return getattr(request, "upload_refused", None)


class BoundedUploadHandler(FileUploadHandler):
    """First of the handlers: counts a file's bytes as they arrive and stops the upload past the limit.

    Nothing of the file is kept past the limit, so an oversized upload costs neither memory nor
    disk; the page then shows `upload_refusal(request)`. A request somewhat over the limit is
    read to its end and dropped, so that the browser receives that page; one far over it (more
    than twice the limit, or of unknown length) is not read further at all.
    """

    request_length: int | None = None

    def handle_raw_input(self, input_data, META, content_length, boundary, encoding=None):
        self.request_length = content_length

    def new_file(self, field_name, file_name, content_type, content_length, *args, **kwargs):
        super().new_file(field_name, file_name, content_type, content_length, *args, **kwargs)
        if content_length is not None and content_length > max_upload_bytes():
            self.refuse(content_length)

    def receive_data_chunk(self, raw_data, start):
        if start + len(raw_data) > max_upload_bytes():
            self.refuse(None)
        return raw_data

    def file_complete(self, file_size):
        return None

    def refuse(self, size: int | None):
        limit = megabytes(max_upload_bytes())
        if size is None:
            message = _(
                "The file is larger than %(limit)s MB; files of at most %(limit)s MB can be imported."
            )
        else:
            message = _("The file is %(size)s MB; files of at most %(limit)s MB can be imported.")
        if self.request is not None:
            self.request.upload_refused = message % {"size": megabytes(size or 0), "limit": limit}
        length = self.request_length
        raise StopUpload(connection_reset=length is None or length > 2 * max_upload_bytes())
