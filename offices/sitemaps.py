"""The contacts page in the sitemap."""

# The fixed pages of this app that the sitemap lists.
VIEWS = ("offices:contacts",)
