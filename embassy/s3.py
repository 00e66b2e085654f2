"""The bucket's storages, named by the settings when S3_BUCKET is set
(django-storages' S3 backend). Imported only then: boto3 is slow to load.

Renditions are published at S3_MEDIA_URL under stable addresses (pages
that show them are cached); sources and photos waiting to be processed
have no address at all, not even a signed one.
"""

from boto3.exceptions import S3UploadFailedError
from botocore.exceptions import BotoCoreError, ClientError
from storages.backends.s3 import S3Storage


class BucketStorage(S3Storage):
    """A write the bucket refuses or cannot be reached for raises OSError,
    as a full disk does: what handles that (a photo kept for retry_photos,
    a batch kept not at all) handles both."""

    def _save(self, name, content):
        try:
            return super()._save(name, content)
        except (BotoCoreError, ClientError, S3UploadFailedError) as error:
            raise OSError(f"the bucket did not store {name}: {error}") from error


class PrivateBucketStorage(BucketStorage):
    """Objects that are never served: the bucket policy keeps their prefix
    private, and no signed address is ever made for one."""

    def url(self, name, *args, **kwargs):
        raise ValueError(f"{name} is kept private, never served.")
