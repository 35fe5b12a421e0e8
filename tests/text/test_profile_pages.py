"""Every bundled outlet profile against the outlet's own published pages (issue 17 item 7).

Each case is one thing a stored copy of a published article prints — its dateline, a caption with its credit, or
its byline — copied character for character from the page, with the page's address. The test types the same
values into an article (the instant, the caption and credit fields, the author names), exports it with the
outlet's profile through the HTML exporter, and reads the text of the ``<time>``, ``<figcaption>`` and end-byline
elements back: it must be what the page prints. A profile's ``sources`` are exactly the pages cited here, and a
profile with no page to check against says so in its description.

The stored copies were found with the project's search tool (public web pages as crawled); where a page's text
shows a section name before the dateline ("Thời sự Thứ sáu, …") only the dateline is quoted, and where it prints the
author's name twice over the dateline (the name's link, then the name: "Thúy Hằng Thúy Hằng") the name is quoted once.
A byline case also says where the page prints it (under the title or at the end): the reporter puts the author there,
and the profile's ``byline.position`` must say the same.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from html.parser import HTMLParser
from pathlib import Path
from typing import Literal
from zoneinfo import ZoneInfo

import pytest

from editor.export.build import build_document
from editor.export.html.render import render_html
from editor.model import Article, Author, BylinePosition, Dateline, Figure
from editor.storage.documents import FolderPhotos
from editor.text.profile import list_profiles, load_profile
from tests.export_html.test_render import fake_images

VN = ZoneInfo("Asia/Ho_Chi_Minh")


@dataclass(frozen=True)
class Printed:
    """What one page prints (``printed``) and what a reporter types to get it."""

    url: str
    kind: Literal["dateline", "caption", "byline"]
    printed: str
    published: datetime | None = None  # the page's instant, for a dateline
    caption: str = ""
    credit: str = ""
    authors: tuple[str, ...] = ()
    where: Literal["top", "end"] = "end"  # where the page prints the byline: under the title, or at the end
    case_differs: str = ""  # why the page's letter case differs from the profile's (the only allowed difference)


def dateline(url: str, printed: str, *wall_clock: int) -> Printed:
    return Printed(url, "dateline", printed, published=datetime(*wall_clock, tzinfo=VN))


def caption(url: str, printed: str, caption: str, credit: str, *, case_differs: str = "") -> Printed:
    return Printed(url, "caption", printed, caption=caption, credit=credit, case_differs=case_differs)


def byline(url: str, printed: str, *authors: str, where: Literal["top", "end"] = "end") -> Printed:
    return Printed(url, "byline", printed, authors=authors, where=where)


VNE_CAT_TAC = "https://video.vnexpress.net/tin-tuc/thoi-su/cat-tac-hoanh-hanh-chinh-quyen-bat-luc-3773908.html"
VNE_HAI_THANH = (
    "https://video.vnexpress.net/tin-tuc/xa-hoi/tau-hai-thanh-26-chim-ngay-sau-cu-dam-luc-rang-sang-3562555.html"
)
VNE_KHU_VUI_CHOI = "https://video.vnexpress.net/thoi-su/khu-vui-choi-tp-hcm-chat-kin-du-khach-3149411.html"
VNE_DIEU_BINH = "https://vnexpress.net/nguoi-dan-doi-mua-cho-xem-tong-duyet-dieu-binh-4933299.html"
VNE_CHAO_2026 = "https://vnexpress.net/dan-sao-khuay-dong-san-khau-chao-2026-5000734.html"
BTT_HOI_NGHI = (
    "https://baotintuc.vn/phong-vien-quoc-te-danh-gia-cao-vai-tro-cua-viet-nam-va-tin-tuong-hoi-nghi-thanh-cong-"
    "n20190228101526083.htm"
)
BTT_QUANG_NINH = (
    "https://baotintuc.vn/dia-phuong/60-nam-thanh-lap-tinh-quang-ninh-30101963-30102023-nhung-dau-moc-son-trong-"
    "lich-su-hinh-thanh-va-phat-trien-20231013190354869.htm"
)
DT_NGHI_LE = (
    "https://dansinh.dantri.com.vn/dien-dan-dan-sinh/ha-noi-can-canh-nguoi-dan-no-nuc-chen-chuc-nhau-ve-que-nghi-le-"
    "29-20180901152106000.htm"
)
DT_TIN_XANG = "https://dantri.com.vn/phap-luat/phat-nam-thanh-nien-loan-tin-xang-con-len-40-nghin-20260312204734821.htm"
DT_BIEN_SO = (
    "https://dantri.com.vn/phap-luat/che-bien-so-xe-di-sam-so-co-gai-o-tphcm-thanh-nien-bi-phat-12-trieu-dong-"
    "20260131193530037.htm"
)
DT_GO_VAP = (
    "http://dantri.com.vn/phap-luat/canh-sat-no-sung-khong-che-nhom-thanh-nien-xong-vao-cong-an-phuong-gay-roi-"
    "20170516215329226.htm"
)
TN_NHA_GIAO = "https://thanhnien.vn/nhung-khoanh-khac-dep-ngay-nha-giao-viet-nam-2011-185251120095608379.htm"
TN_NHA_GA = (
    "https://thanhnien.vn/xac-minh-nguoi-dan-ong-gay-roi-doa-danh-phu-nu-truoc-nha-ga-t3-san-bay-tan-son-nhat-"
    "185260308133234679.htm"
)
TN_PHAO_HOA = (
    "https://thanhnien.vn/phao-hoa-ruc-ro-tren-bau-troi-tphcm-chuc-mung-nam-moi-binh-ngo-ma-dao-thanh-cong-"
    "185260216223532815.htm"
)
TN_DUONG_HOA = (
    "https://thanhnien.vn/bien-nguoi-o-duong-hoa-nguyen-hue-trong-dem-khai-mac-toi-28-tet-185260215221645561.htm"
)
TN_XE_TAI = "https://thanhnien.vn/truy-tim-xe-tai-va-cham-xe-may-tren-duong-vo-van-bich-tphcm-185250820150214966.htm"
TT_DIEM_TIN = "https://tuoitre.vn/diem-tin-roi-nuoc-mat-voi-but-giua-doi-thuong-965043.htm"
DV_MUONG = "https://danviet.vn/sam-so-phu-nu-nam-thanh-nien-bi-day-xuong-muong-77771046993.htm"
DV_IN = "https://danviet.vn/print-777731210.htm"
DV_XE_TAI = (
    "https://danviet.vn/cong-an-trich-xuat-camera-truy-tim-xe-tai-va-quet-xe-may-roi-hien-truong-o-xa-binh-my-tphcm-"
    "d1356821.html"
)
VNN_HO_TAY = "https://vietnamnet.vn/bat-luc-truoc-tinh-trang-dan-vuot-rao-xuong-ho-tay-tam-V87524.html"
VNN_RANG_DONG = "https://vietnamnet.vn/ha-noi-tra-loi-chat-van-ve-vu-chay-rang-dong-V82194.html"
VNN_KHUONG_HA = (
    "https://vietnamnet.vn/nguoi-dan-den-dat-hoa-tuong-niem-nan-nhan-tu-vong-trong-vu-chay-chung-cu-2189684.html"
)
VNN_DOI_NO = (
    "https://vietnamnet.vn/bat-7-doi-tuong-doi-no-thue-bang-duoc-dat-bac-phat-hien-bat-ngo-ve-con-no-2480452.html"
)
VNN_GIA_XANG = (
    "https://vietnamnet.vn/nhan-vien-ban-xe-dien-tung-tin-sai-su-that-ve-tang-gia-xang-dau-va-cai-ket-dang-2496871.html"
)
VNN_BI_THU = "https://vietnamnet.vn/ong-vu-dai-thang-tiep-tuc-lam-bi-thu-tinh-uy-quang-ninh-2446442.html"

PAGES: dict[str, tuple[Printed, ...]] = {
    "vnexpress": (
        dateline(VNE_CAT_TAC, "Thứ sáu, 6/7/2018, 16:21 (GMT+7)", 2018, 7, 6, 16, 21),
        dateline(VNE_HAI_THANH, "Thứ tư, 29/3/2017, 13:53 (GMT+7)", 2017, 3, 29, 13, 53),
        dateline(VNE_KHU_VUI_CHOI, "Thứ bảy, 21/2/2015, 15:00 (GMT+7)", 2015, 2, 21, 15, 0),
        caption(VNE_DIEU_BINH, "Người dân dùng các thùng carton che mưa. Ảnh: Thanh Tùng",
                "Người dân dùng các thùng carton che mưa", "Thanh Tùng"),
        caption(VNE_DIEU_BINH, "Người phụ nữ mang chiếu để nghỉ ngơi qua đêm, chờ xem tổng duyệt. Ảnh: Đức Đồng",
                "Người phụ nữ mang chiếu để nghỉ ngơi qua đêm, chờ xem tổng duyệt.", "Đức Đồng"),
        caption(VNE_CHAO_2026, "Lực lượng chức năng, an ninh túc trực để đảm bảo trật tự. Ảnh: Quỳnh Trần",
                "Lực lượng chức năng, an ninh túc trực để đảm bảo trật tự", "Quỳnh Trần"),
        byline(VNE_CAT_TAC, "Huy Mạnh - Lộc Chung", "Huy Mạnh", "Lộc Chung"),
        byline(VNE_HAI_THANH, "Thanh Huyền - Phước Tuấn", "Thanh Huyền", "Phước Tuấn"),
        byline(VNE_KHU_VUI_CHOI, "Đình Phúc - Quốc Thắng", "Đình Phúc", "Quốc Thắng"),
    ),
    "bao-tin-tuc": (
        dateline(BTT_HOI_NGHI, "02:10 28/02/2019", 2019, 2, 28, 2, 10),
        caption(BTT_HOI_NGHI, "Trung tâm báo chí luôn kín phóng viên tác nghiệp. Ảnh: Viết Tôn",
                "Trung tâm báo chí luôn kín phóng viên tác nghiệp", "Viết Tôn"),
        caption(BTT_HOI_NGHI, "Khu vực tác nghiệp của các phóng viên Nhà Trắng. Ảnh: Thùy Dương",
                "Khu vực tác nghiệp của các phóng viên Nhà Trắng", "Thùy Dương"),
        caption(BTT_QUANG_NINH, "Toàn cảnh đền Cửa Ông. Ảnh: Văn Đức/TTXVN", "Toàn cảnh đền Cửa Ông.", "Văn Đức/TTXVN"),
        byline(BTT_HOI_NGHI, "Nhóm phóng viên báo Tin tức/TTXVN", "Nhóm phóng viên báo Tin tức/TTXVN"),
    ),
    "dan-tri": (
        dateline(DT_NGHI_LE, "Thứ bảy, 01/09/2018 - 15:23", 2018, 9, 1, 15, 23),
        caption(DT_TIN_XANG, "Bài đăng sai sự thật (Ảnh: Công an Hà Nội).", "Bài đăng sai sự thật", "Công an Hà Nội"),
        caption(DT_BIEN_SO, "Nam thanh niên che biển số trước khi sàm sỡ cô gái (Ảnh: Cắt từ clip).",
                "Nam thanh niên che biển số trước khi sàm sỡ cô gái.", "Cắt từ clip"),
        byline(DT_GO_VAP, "Đình Thảo", "Đình Thảo"),
    ),
    "thanh-nien": (
        dateline(TN_NHA_GIAO, "20/11/2025 11:15 GMT+7", 2025, 11, 20, 11, 15),
        dateline(TN_PHAO_HOA, "17/02/2026 00:32 GMT+7", 2026, 2, 17, 0, 32),
        dateline(TN_DUONG_HOA, "15/02/2026 22:31 GMT+7", 2026, 2, 15, 22, 31),
        caption(TN_NHA_GIAO,
                "Khoảnh khắc dễ thương của cô Lê Thanh Hương, Hiệu trưởng Trường tiểu học Trần Hưng Đạo, phường "
                "Cầu Ông Lãnh, chạm tay tạo hình trái tim cùng các em học sinh ở sân trường ẢNH: THÚY HẰNG",
                "Khoảnh khắc dễ thương của cô Lê Thanh Hương, Hiệu trưởng Trường tiểu học Trần Hưng Đạo, phường "
                "Cầu Ông Lãnh, chạm tay tạo hình trái tim cùng các em học sinh ở sân trường.", "Thúy Hằng"),
        caption(TN_NHA_GIAO, "ẢNH: THÚY HẰNG", "", "Thúy Hằng"),
        caption(TN_NHA_GA, "Người đàn ông giật nón trên đầu người phụ nữ ẢNH: CẮT TỪ CLIP",
                "Người đàn ông giật nón trên đầu người phụ nữ", "Cắt từ clip"),
        caption(TN_PHAO_HOA, "Trong dòng người ngắm pháo hoa, nhiều người tranh thủ dùng điện thoại lưu lại khoảnh "
                "khắc đẹp ẢNH: NHẬT THỊNH", "Trong dòng người ngắm pháo hoa, nhiều người tranh thủ dùng điện thoại "
                "lưu lại khoảnh khắc đẹp.", "Nhật Thịnh"),
        caption(TN_XE_TAI, "Camera ghi lại thời điểm trước khi xe tải xảy ra va chạm với xe máy ẢNH: CẮT TỪ CLIP",
                "Camera ghi lại thời điểm trước khi xe tải xảy ra va chạm với xe máy", "Cắt từ clip"),
        byline(TN_NHA_GIAO, "Thúy Hằng", "Thúy Hằng", where="top"),
        byline(TN_PHAO_HOA, "Cao An Biên - Nhật Thịnh", "Cao An Biên", "Nhật Thịnh", where="top"),
        byline(TN_DUONG_HOA, "Phạm Hữu - Nhật Thịnh", "Phạm Hữu", "Nhật Thịnh", where="top"),
    ),
    "tuoi-tre": (
        caption(TT_DIEM_TIN, "Cụ bà chỉ đồng ý cho chụp mình ở góc ảnh này - Ảnh: Bích Ly",
                "Cụ bà chỉ đồng ý cho chụp mình ở góc ảnh này", "Bích Ly",
                case_differs="this older page writes the name as typed; the profile keeps Tuổi Trẻ's current capitals "
                             "('- Ảnh: QUANG ĐỊNH' in copies of its 2018–2025 pages)"),
    ),
    "dan-viet": (
        caption(DV_MUONG, "Nam thanh niên bị nghi sàm sỡ phụ nữ rồi bị đẩy xuống mương. Ảnh: H.N.",
                "Nam thanh niên bị nghi sàm sỡ phụ nữ rồi bị đẩy xuống mương", "H.N."),
        caption(DV_XE_TAI, "Công an trích xuất camera truy tìm xe tải va quẹt xe máy, rời hiện trường ở xã Bình Mỹ, "
                "TP.HCM. Clip: CH", "Công an trích xuất camera truy tìm xe tải va quẹt xe máy, rời hiện trường ở "
                "xã Bình Mỹ, TP.HCM", "Clip: CH"),
        byline(DV_MUONG, "Hải Nam (Zing)", "Hải Nam (Zing)"),
        byline(DV_IN, "Lương Kết", "Lương Kết"),
    ),
    "vietnamnet": (
        caption(VNN_KHUONG_HA, "Tuệ Nhi buồn bã khi nghe tin bạn mình là nạn nhân trong vụ cháy chung cư.",
                "Tuệ Nhi buồn bã khi nghe tin bạn mình là nạn nhân trong vụ cháy chung cư", ""),
        caption(VNN_KHUONG_HA, "Nhiều người đến thắp hương trước hiện trường vụ cháy chung cư mini ở phố Khương Hạ "
                "(TP Hà Nội).", "Nhiều người đến thắp hương trước hiện trường vụ cháy chung cư mini ở phố Khương Hạ "
                "(TP Hà Nội).", ""),
        caption(VNN_DOI_NO, "7 đối tượng trong các băng nhóm đòi nợ thuê, bị bắt giữ mới đây. Ảnh: CA",
                "7 đối tượng trong các băng nhóm đòi nợ thuê, bị bắt giữ mới đây", "CA"),
        caption(VNN_GIA_XANG, "Cơ quan công an làm việc với trường hợp vi phạm. Ảnh: CACC",
                "Cơ quan công an làm việc với trường hợp vi phạm.", "CACC"),
        caption(VNN_BI_THU, "Ông Vũ Đại Thắng tiếp tục giữ chức Bí thư Tỉnh ủy Quảng Ninh. Ảnh: Đ.P",
                "Ông Vũ Đại Thắng tiếp tục giữ chức Bí thư Tỉnh ủy Quảng Ninh", "Đ.P"),
        byline(VNN_HO_TAY, "Đình Hiếu", "Đình Hiếu"),
        byline(VNN_RANG_DONG, "Đình Hiếu", "Đình Hiếu"),
    ),
}  # fmt: skip
# Outlet profiles no stored page could check (their descriptions say so), and profiles of no outlet at all.
UNVERIFIED = ("bao-quang-ninh",)
NOT_AN_OUTLET = ("chung", "mau-tuy-chinh")
CASES = [(name, case) for name, cases in PAGES.items() for case in cases]


_VOID = {"br", "img", "source", "wbr", "hr", "meta", "link", "input"}  # no end tag follows these


class _Texts(HTMLParser):
    """The text of the dateline's <time>, each <figcaption> and the two bylines (a <br> read as a new line)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: dict[str, list[str]] = {"dateline": [], "caption": [], "byline": [], "byline-top": []}
        self._open: list[tuple[str, str | None]] = []  # (tag, kind being collected)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        classes = (dict(attrs).get("class") or "").split()
        kind = {"time": "dateline", "figcaption": "caption"}.get(tag)
        if tag == "p" and "bt-byline--end" in classes:
            kind = "byline"
        if tag == "p" and "bt-byline--top" in classes:
            kind = "byline-top"
        if tag in _VOID:
            if tag == "br" and self._collecting():
                self.found[self._collecting()][-1] += "\n"
            return
        if kind:
            self.found[kind].append("")
        self._open.append((tag, kind or self._collecting()))

    def handle_endtag(self, tag: str) -> None:
        if self._open:
            self._open.pop()

    def handle_data(self, data: str) -> None:
        if self._collecting():
            self.found[self._collecting()][-1] += data

    def _collecting(self) -> str | None:
        return self._open[-1][1] if self._open else None


def exported(profile_name: str, case: Printed, folder: Path) -> str:
    """The text the HTML export prints for ``case`` typed into an article and exported with the profile."""
    (folder / "a.jpg").write_bytes(b"x")
    article = Article(
        title="Bài viết",
        dateline=Dateline(case.published),
        body=(Figure("a.jpg", caption=case.caption, credit=case.credit),) if case.kind == "caption" else (),
        authors=tuple(Author(name, position=BylinePosition(case.where)) for name in case.authors),
    )
    doc = build_document(article, FolderPhotos(folder), load_profile(profile_name))
    html = render_html(doc, fake_images(doc, "anh"), fragment=True, folder="anh", with_urls=True)
    texts = _Texts()
    texts.feed(html)
    texts.close()
    kind = "byline-top" if case.kind == "byline" and case.where == "top" else case.kind
    (found,) = texts.found[kind]
    return found


@pytest.mark.parametrize(("profile_name", "case"), CASES, ids=[f"{n}-{c.kind}-{i}" for i, (n, c) in enumerate(CASES)])
def test_export_prints_what_the_outlets_page_prints(profile_name: str, case: Printed, tmp_path: Path) -> None:
    printed = exported(profile_name, case, tmp_path)
    if case.kind == "byline":
        assert load_profile(profile_name).byline_position == case.where, case.url
    if case.case_differs:
        assert printed != case.printed and printed.casefold() == case.printed.casefold(), case.case_differs
    else:
        assert printed == case.printed, case.url


def test_every_bundled_profile_is_checked_or_says_why_not() -> None:
    assert set(list_profiles()) == {*PAGES, *UNVERIFIED, *NOT_AN_OUTLET}
    for name in list_profiles():
        profile = load_profile(name)
        cited = {case.url for case in PAGES.get(name, ())}
        assert set(profile.sources) == cited, name  # a profile cites exactly the pages its forms were checked on
        if name in UNVERIFIED:
            assert "Unverified" in profile.description, name
        elif name in NOT_AN_OUTLET:
            assert "nothing to check" in profile.description or "no page to check" in profile.description, name
        else:
            assert "checked against its published pages" in profile.description or name == "tuoi-tre", name
            fully_checked = ("vnexpress", "bao-tin-tuc", "dan-tri", "thanh-nien")
            assert "unverified" in profile.description or name in fully_checked, name


def test_each_checked_profile_rests_on_its_outlets_own_pages() -> None:
    domains = {"vnexpress": "vnexpress.net", "bao-tin-tuc": "baotintuc.vn", "dan-tri": "dantri.com.vn",
               "thanh-nien": "thanhnien.vn", "tuoi-tre": "tuoitre.vn", "dan-viet": "danviet.vn",
               "vietnamnet": "vietnamnet.vn"}  # fmt: skip
    for name, cases in PAGES.items():
        assert all(domains[name] in case.url.split("/")[2] for case in cases), name
