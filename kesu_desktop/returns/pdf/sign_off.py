"""The sign-off block of a printed return: lines for the signatures and the phone, room for the stamp, and the
date it is reported on (the same 报出日期 as the workbook's)."""

from __future__ import annotations

from datetime import date

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from kesu_desktop.returns.pdf.fonts import FontChain
from kesu_desktop.returns.pdf.styles import WIDTH
from kesu_desktop.returns.pdf.text import draw_runs, printable


class SignOff(Flowable):
    """The signatures, the stamp and the date: lines to sign on, and room for the unit's round stamp (about
    42 mm across) above the date."""

    SIGNATURES = ("单位负责人（签字）：", "审核人（签字）：", "填报人（签字）：")
    HEIGHT = 150.0

    def __init__(self, fonts: FontChain, phone: str, reported_on: date) -> None:
        super().__init__()
        self.fonts = fonts
        self.reported_on = f"报出日期：{reported_on.year}年{reported_on.month}月{reported_on.day}日"
        self.phone = printable(phone)
        fonts.check(self.phone, field="phone", label="联系电话")
        self.width = WIDTH
        self.height = self.HEIGHT

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 - reportlab's names
        self.width = availWidth
        return availWidth, self.HEIGHT

    def draw(self) -> None:
        canvas: Canvas = self.canv
        fonts, size = self.fonts, 10.5
        canvas.saveState()
        canvas.setStrokeColorRGB(0, 0, 0)
        canvas.setLineWidth(0.6)
        slot = self.width / 4
        baseline = self.HEIGHT - 20
        for index, label in enumerate(self.SIGNATURES):
            x = index * slot
            end = draw_runs(canvas, fonts, label, x, baseline, size, bold=False)
            canvas.line(end + 2, baseline - 3, x + slot - 14, baseline - 3)
        x = 3 * slot
        end = draw_runs(canvas, fonts, "联系电话：", x, baseline, size, bold=False)
        draw_runs(canvas, fonts, self.phone, end + 2, baseline, size, bold=False)
        canvas.line(end + 2, baseline - 3, self.width, baseline - 3)
        stamp_left = self.width - 250
        draw_runs(canvas, fonts, "填报单位（盖章）", stamp_left, baseline - 48, size, bold=False)
        draw_runs(canvas, fonts, self.reported_on, stamp_left, 12, size, bold=False)
        canvas.restoreState()
