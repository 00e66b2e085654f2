"""The site around the news: static pages, the main menu, the home
carousel, the useful links and the site settings."""

from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models import Exists, F, OuterRef, Value
from django.db.models.functions import Concat, Length, Substr
from django.db.models.lookups import StartsWith
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext_lazy as _

from embassy import pagecache
from embassy.images import DatedFolder, ImageField, Rendition, StaticImage
from embassy.links import LinkField
from embassy.metadata import without_blanks
from embassy.ordering import Orderable
from embassy.pagecache import TrackedQuerySet
from embassy.publishing import (
    Noted,
    Publishable,
    PublishableQuerySet,
    Withdrawable,
    live_condition,
)
from embassy.richtext import RichTextField
from embassy.routes import routed_segments, served_prefixes
from embassy.search import Searchable
from embassy.translated import TranslatedMixin
from news.models import Category

MAX_LIVE_SLIDES = 8
DEFAULT_MISSION_NAME = _("Permanent Mission of the Republic of Uzbekistan")


def reserved_slugs():
    """First parts of a path that belong to fixed sections: no page may take
    one. Read when a page is checked, as the URLconf imports this module."""
    return routed_segments() | served_prefixes()


class PageQuerySet(PublishableQuerySet):
    def live(self):
        """What a visitor may see now: live pages whose pages above are all
        live too, so that a draft section hides its pages everywhere."""
        hidden_above = Page.objects.exclude(live_condition()).filter(
            StartsWith(OuterRef("path"), Concat(F("path"), Value("/")))
        )
        return super().live().filter(~Exists(hidden_above))


class Page(TranslatedMixin, Orderable, Noted, Withdrawable, Publishable):
    """A static page in a tree: its address is its ancestors' slugs and its
    own, e.g. /en/about-uzbekistan/history/."""

    parent = models.ForeignKey(
        "self",
        verbose_name=_("parent page"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="children",
        help_text=_("Leave empty for a page of its own section, like “Mission”."),
    )
    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(
        _("slug"),
        max_length=100,
        help_text=_(
            "The page's part of the web address, the same in every language. "
            "Filled in from the English title."
        ),
    )
    path = models.CharField(_("address"), max_length=255, unique=True, editable=False)
    # Made from the parent's path and the slug at each save: a revision
    # leaves it out (embassy.revisions), and a restore makes it anew.
    derived_fields = ("path",)
    body = RichTextField(_("text"), blank=True)
    hero = ImageField(
        _("picture"),
        upload_to=DatedFolder("pages"),
        blank=True,
        help_text=_("Optional: a wide picture shown above the text."),
    )
    hero_alt = models.CharField(
        _("picture description"),
        max_length=250,
        blank=True,
        help_text=_("What the picture shows, for visitors who cannot see it."),
    )
    show_in_menu = models.BooleanField(
        _("show in the section's menu"),
        default=True,
        help_text=_("Whether the page is listed beside its section's other pages."),
    )
    presents_head_of_mission = models.BooleanField(
        _("presents the head of mission"),
        default=False,
        help_text=_(
            "Shows the head of mission's portrait, title, date of appointment "
            "and biography after the text, then the former heads of mission."
        ),
    )

    hero_wide = Rendition("hero", 1200, 400)

    objects = PageQuerySet.as_manager()
    search = Searchable(title="title", body="body")

    translated_field = "title"

    class Meta(Orderable.Meta):
        # Equal numbers keep the order of the addresses.
        ordering = ["order", "path"]
        verbose_name = _("page")
        verbose_name_plural = _("pages")

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("pages:page_detail", kwargs={"path": self.path})

    def build_path(self):
        return f"{self.parent.path}/{self.slug}" if self.parent else self.slug

    @property
    def ancestor_paths(self):
        parts = self.path.split("/")
        return ["/".join(parts[:depth]) for depth in range(1, len(parts))]

    def clean(self):
        super().clean()
        if not self.parent_id and self.slug in reserved_slugs():
            raise ValidationError(
                {
                    "slug": _("“%(slug)s” is a section of the site.")
                    % {"slug": self.slug}
                }
            )
        ancestor = self.parent
        while ancestor is not None:
            if ancestor.pk == self.pk:
                raise ValidationError(
                    {"parent": _("A page cannot be placed under itself.")}
                )
            ancestor = ancestor.parent
        if self.slug and (not self.parent_id or self.parent):
            path = self.build_path()
            self.check_path_length(path)
            if Page.objects.filter(path=path).exclude(pk=self.pk).exists():
                raise ValidationError(
                    {
                        "slug": _("Another page already has the address /%(path)s/.")
                        % {"path": path}
                    }  # fmt: skip
                )

    def check_path_length(self, path):
        """The address, and those of the pages below when it moves, must fit
        the column: PostgreSQL refuses a longer one with an error page."""
        most = Page._meta.get_field("path").max_length
        if len(path) > most:
            raise ValidationError(
                {
                    "slug": _(
                        "The address /%(path)s/ would be %(length)d characters "
                        "long; it may have at most %(most)d. Choose a shorter "
                        "slug, or a parent page nearer the top."
                    )
                    % {"path": path, "length": len(path), "most": most}
                }
            )
        if not self.pk or not self.path or path == self.path:
            return
        deepest = (
            Page.objects.filter(path__startswith=f"{self.path}/")
            .annotate(length=Length("path"))
            .order_by("-length", "path")
            .first()
        )
        if deepest is None:
            return
        length = deepest.length - len(self.path) + len(path)
        if length > most:
            raise ValidationError(
                {
                    "slug": _(
                        "The address of “%(page)s”, a page below this one, would "
                        "become %(length)d characters long; it may have at most "
                        "%(most)d. Choose a shorter slug, or a parent page "
                        "nearer the top."
                    )
                    % {"page": deepest, "length": length, "most": most}
                }
            )

    def save(self, *args, **kwargs):
        old_path = self.path
        self.path = self.build_path()
        with transaction.atomic():
            super().save(*args, **kwargs)
            if old_path and old_path != self.path:
                self.move_descendants(old_path)

    def move_descendants(self, old_path):
        """The addresses of the pages below follow this one's, in one UPDATE
        however large the section: each begins with the old address, which
        is replaced. They count as updated when their address changed."""
        Page.objects.filter(path__startswith=f"{old_path}/").update(
            path=Concat(Value(self.path), Substr("path", len(old_path) + 1)),
            updated_at=self.updated_at,
        )


class MenuItem(TranslatedMixin, Orderable):
    """An entry of the main menu, leading to a page, a section, a news
    category or another site."""

    class Section(models.TextChoices):
        HOME = "home", _("Home page")
        NEWS = "news", _("News")
        GALLERY = "gallery", _("Photo gallery")
        LINKS = "links", _("Useful links")
        EVENTS = "events", _("Events")
        CONSULAR = "consular", _("Consular services")
        CONTACTS = "contacts", _("Contacts")

    SECTION_URLS = {
        Section.HOME: "pages:home",
        Section.NEWS: "news:article_list",
        Section.GALLERY: "gallery:album_list",
        Section.LINKS: "pages:link_list",
        Section.EVENTS: "events:event_list",
        Section.CONSULAR: "consular:guide_list",
        Section.CONTACTS: "offices:contacts",
    }

    label = models.CharField(
        _("label"), max_length=100, help_text=_("The words shown in the menu.")
    )
    page = models.ForeignKey(
        Page,
        verbose_name=_("page"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        help_text=_("Lead to a page of this site…"),
    )
    section = models.CharField(
        _("section"),
        max_length=20,
        choices=Section,
        blank=True,
        help_text=_("…or to a section…"),
    )
    category = models.ForeignKey(
        Category,
        verbose_name=_("news category"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        help_text=_("…or to one category of news…"),
    )
    url = models.URLField(
        _("other site"), blank=True, help_text=_("…or to the address of another site.")
    )

    translated_field = "label"

    objects = TrackedQuerySet.as_manager()

    class Meta(Orderable.Meta):
        verbose_name = _("menu item")
        verbose_name_plural = _("menu items")

    def __str__(self):
        return self.label

    def clean(self):
        super().clean()
        targets = [self.page_id, self.section, self.category_id, self.url]
        if sum(bool(target) for target in targets) != 1:
            raise ValidationError(
                _(
                    "Choose exactly one place to lead to: a page, a section, a news "
                    "category or another site."
                )  # fmt: skip
            )

    def get_url(self):
        """Where the item leads, or None where that is not there (yet)."""
        if self.page_id:
            return self.page.get_absolute_url()
        if self.category_id:
            return self.category.get_absolute_url()
        if self.section:
            try:
                return reverse(self.SECTION_URLS[self.section])
            except NoReverseMatch:
                return None
        return self.url or None


class Slide(TranslatedMixin, Orderable, Publishable):
    """A picture of the home page's carousel."""

    image = ImageField(
        _("picture"),
        upload_to=DatedFolder("slides"),
        help_text=_(
            "A wide JPEG, PNG or WebP picture, at least 1600 pixels wide; it is "
            "cropped to 5:2."
        ),
    )
    alt = models.CharField(
        _("picture description"),
        max_length=250,
        help_text=_("What the picture shows, for visitors who cannot see it."),
    )
    title = models.CharField(_("title"), max_length=150)
    caption = models.CharField(
        _("caption"), max_length=300, blank=True, help_text=_("Optional: one sentence.")
    )
    link = LinkField(
        _("link"),
        blank=True,
        help_text=_(
            "Optional: where the slide leads: a full address, or a path on this "
            "site without the language, such as /mission/."
        ),
    )

    small = Rendition("image", 800, 320)
    large = Rendition("image", 1600, 640)

    translated_field = "title"

    class Meta(Orderable.Meta):
        # Equal numbers: the newest slide first.
        ordering = ["order", "-publish_at"]
        verbose_name = _("slide")
        verbose_name_plural = _("carousel slides")

    def __str__(self):
        return self.title

    def clean(self):
        super().clean()
        if self.publish_at and self.is_live:
            others = Slide.objects.live().exclude(pk=self.pk).count()
            if others >= MAX_LIVE_SLIDES:
                raise ValidationError(
                    _(
                        "The carousel already shows %(count)d slides, the most it "
                        "can. Save this one as a draft, or end or unpublish "
                        "another first."
                    )
                    % {"count": others}
                )


class LinkGroup(TranslatedMixin, Orderable):
    name = models.CharField(_("name"), max_length=100)

    translated_field = "name"

    objects = TrackedQuerySet.as_manager()

    class Meta(Orderable.Meta):
        verbose_name = _("group of links")
        verbose_name_plural = _("groups of links")

    def __str__(self):
        return self.name


class UsefulLink(TranslatedMixin, Orderable, Publishable):
    title = models.CharField(_("title"), max_length=150)
    url = models.URLField(_("address"), help_text=_("The full address, https://…"))
    group = models.ForeignKey(
        LinkGroup,
        verbose_name=_("group"),
        on_delete=models.PROTECT,
        related_name="links",
        help_text=_("Where it is listed on the page of all useful links."),
    )
    tile = ImageField(
        _("tile picture"),
        upload_to=DatedFolder("links"),
        blank=True,
        help_text=_("Optional: a logo or picture, shown as a 3:2 tile."),
    )
    show_on_home = models.BooleanField(
        _("show on the home page"),
        default=False,
        help_text=_("Shown among the tiles on the home page."),
    )

    tile_small = Rendition("tile", 240, 160)

    translated_field = "title"

    class Meta(Orderable.Meta):
        verbose_name = _("useful link")
        verbose_name_plural = _("useful links")

    def __str__(self):
        return self.title


class HeadOfMission(TranslatedMixin, models.Model):
    """A head of the mission, present or former: the page that presents
    them (``Page.presents_head_of_mission``) shows the present one in full
    and lists the others with their dates."""

    name = models.CharField(_("name"), max_length=200)
    title = models.CharField(
        _("title"),
        max_length=250,
        help_text=_(
            "E.g. “Ambassador Extraordinary and Plenipotentiary, Permanent "
            "Representative”."
        ),
    )
    photo = ImageField(
        _("photograph"),
        upload_to=DatedFolder("heads"),
        blank=True,
        help_text=_("Optional: a portrait, upright (JPEG, PNG or WebP)."),
    )
    biography = RichTextField(_("biography"), blank=True)
    appointed_on = models.DateField(_("date of appointment"))
    left_on = models.DateField(
        _("end of mission"),
        null=True,
        blank=True,
        help_text=_("Leave empty for the present head of mission."),
    )

    portrait = Rendition("photo", 320, 400)

    objects = TrackedQuerySet.as_manager()

    translated_field = "name"

    class Meta:
        ordering = ["-appointed_on", "-pk"]
        verbose_name = _("head of mission")
        verbose_name_plural = _("heads of mission")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(left_on__isnull=True)
                | models.Q(left_on__gte=F("appointed_on")),
                name="head_leaves_after_appointment",
                violation_error_message=_(
                    "The end of mission cannot come before the appointment."
                ),
            )
        ]

    def __str__(self):
        return self.name


class SiteSettings(models.Model):
    """One record, edited in the admin; ``load()`` reads it."""

    mission_name = models.CharField(
        _("mission's name"),
        max_length=250,
        blank=True,
        help_text=_("The full name, shown in the header of every page."),
    )
    emblem = ImageField(
        _("emblem"),
        upload_to="site/",
        blank=True,
        formats=("PNG", "WEBP"),
        help_text=_(
            "Optional: a square PNG or WebP picture with a transparent "
            "background. Without one, the site shows its placeholder."
        ),
    )
    facebook = models.URLField(_("Facebook page"), blank=True)
    x = models.URLField(_("X (Twitter) account"), blank=True)
    telegram = models.URLField(_("Telegram channel"), blank=True)
    instagram = models.URLField(_("Instagram account"), blank=True)
    youtube = models.URLField(_("YouTube channel"), blank=True)
    year_theme = models.CharField(
        _("theme of the year"),
        max_length=250,
        blank=True,
        help_text=_(
            "The year's national theme, e.g. “Year of Environmental Protection "
            "and the Green Economy”. Leave empty to hide the banner."
        ),
    )
    year_theme_text = models.CharField(
        _("theme's sentence"),
        max_length=300,
        blank=True,
        help_text=_("Optional: one sentence shown under the theme."),
    )
    year_theme_image = ImageField(
        _("theme's picture"),
        upload_to="site/",
        blank=True,
        help_text=_("Optional: a picture for the banner (JPEG, PNG or WebP)."),
    )
    year_theme_link = LinkField(
        _("theme's link"),
        blank=True,
        help_text=_(
            "Optional: where the banner leads: a full address, or a path on "
            "this site without the language, such as /about-uzbekistan/."
        ),
    )
    review_before_publishing = models.BooleanField(
        _("review before publishing"),
        default=False,
        help_text=_(
            "When on, authors submit their texts for review and a member of "
            "the Reviewers role publishes them or sends them back. Leave it "
            "off where one person writes and publishes."
        ),
    )

    # Shown at 56 pixels, sharp on screens of twice the density.
    emblem_small = Rendition("emblem", 112, 112, fit="pad", formats=("PNG",))
    # The card of a link to the site in a chat or a social network: the
    # emblem on white, as JPEG (which every network reads).
    emblem_social = Rendition("emblem", 1200, 630, fit="pad", formats=("JPEG",))
    year_theme_banner = Rendition("year_theme_image", 720, 480)

    objects = TrackedQuerySet.as_manager()

    class Meta:
        verbose_name = _("site settings")
        verbose_name_plural = _("site settings")

    def __str__(self):
        return self.mission_name or str(_("this site"))

    def save(self, *args, **kwargs):
        self.pk = 1  # There is only one.
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("pages:home")

    @property
    def name(self):
        """The mission's name in the visitor's language, or the site's
        default until an editor has set one."""
        return self.mission_name or DEFAULT_MISSION_NAME

    @property
    def description(self):
        """What search engines and link previews say of a page that has no
        description of its own."""
        return _(
            "%(name)s: the official website, with the mission's news and "
            "events, its work and how to reach it."
        ) % {"name": self.name}

    @property
    def social_image(self):
        if self.emblem:
            return self.emblem_social
        return StaticImage("img/social.png", 1200, 630)

    @property
    def logo(self):
        if self.emblem:
            return self.emblem_small
        return StaticImage("img/emblem.png", 512, 512)

    def structured_data(self, absolute_url, *, contact=None):
        """The mission as schema.org describes it, for JSON-LD: a government
        organisation with its name, home page and logo, and with ``contact``
        (its first office) its postal address, telephones and email, and
        its accounts elsewhere. ``absolute_url`` makes an address absolute
        (the request's ``build_absolute_uri``)."""
        logo = self.logo
        data = {
            "@type": "GovernmentOrganization",
            "name": str(self.name),
            "url": absolute_url(self.get_absolute_url()),
            "logo": {
                "@type": "ImageObject",
                "url": absolute_url(logo.url),
                "width": logo.width,
                "height": logo.height,
            },
        }
        if contact is not None:
            networks = [
                self.facebook,
                self.x,
                self.telegram,
                self.instagram,
                self.youtube,
            ]
            data.update(
                address=contact.address_line,
                telephone=[number for number, _tel in contact.phone_list],
                email=contact.email,
                sameAs=[url for url in networks if url],
            )
        return without_blanks(data)

    @classmethod
    def load(cls):
        """The settings, or empty ones until an editor has saved them; read
        once after each change of content, not on every page."""
        return pagecache.remembered(
            "site settings", lambda: cls.objects.filter(pk=1).first() or cls(pk=1)
        )
