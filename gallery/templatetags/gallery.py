"""What other pages show of the gallery: ``{% latest_albums %}`` and
``{% event_photos album_id %}``. Both read albums through ``live()``, so a
page that points to an album never shows it before visitors may see it."""

from django import template

from gallery.models import Album

register = template.Library()


@register.inclusion_tag("gallery/_latest_albums.html")
def latest_albums(count=3):
    return {"latest_albums": Album.objects.live().for_listing()[:count]}


@register.inclusion_tag("gallery/_event_photos.html")
def event_photos(album_id):
    """The card of an item's album (an article's photos of the event),
    when the album is live."""
    album = None
    if album_id:
        album = Album.objects.live().select_related("cover").filter(pk=album_id).first()
    return {"album": album}
