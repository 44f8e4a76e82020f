#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# make-docx.py OUTDIR PLAN.txt — writes the DOCX documents the import tests read:
#   plan-paragraphs.docx  every line of PLAN.txt as a paragraph
#   plan-table.docx       the plan's tasks as a 任务分工表 table: 类别 (merged down per
#                         programme), 序号, 工作任务, 牵头单位, 配合单位, 责任单位
#   forms-table.docx      a small table: a heading row merged across, a lead cell
#                         merged down over two tasks, a deadline column
#   bomb.docx             word/document.xml expands 20 MB from a few KB
#   entity-bomb.docx      word/document.xml declares nested entities (billion laughs)
#   truncated.docx        plan-paragraphs.docx cut in half
#   not-docx.docx         a zip without word/document.xml
import re
import sys
import zipfile
from xml.sax.saxutils import escape

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
CONTENT_TYPES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                 '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                 '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                 '<Default Extension="xml" ContentType="application/xml"/>'
                 '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
                 'officedocument.wordprocessingml.document.main+xml"/></Types>')
RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        'officeDocument" Target="word/document.xml"/></Relationships>')


def para(text):
    # Runs split in two, as word processors do, so the reader must join them.
    half = len(text) // 2
    runs = ''.join('<w:r><w:t xml:space="preserve">%s</w:t></w:r>' % escape(t) for t in (text[:half], text[half:]) if t)
    return '<w:p><w:pPr><w:jc w:val="both"/></w:pPr>%s</w:p>' % runs


def cell(text, merge=None, span=1):
    props = ''
    if span > 1:
        props += '<w:gridSpan w:val="%d"/>' % span
    if merge == 'restart':
        props += '<w:vMerge w:val="restart"/>'
    elif merge == 'continue':
        props += '<w:vMerge/>'
    body = '' if merge == 'continue' else para(text)
    return '<w:tc><w:tcPr>%s</w:tcPr>%s</w:tc>' % (props, body or '<w:p/>')


def table(rows):
    return '<w:tbl><w:tblPr/>%s</w:tbl>' % ''.join('<w:tr>%s</w:tr>' % ''.join(r) for r in rows)


def document(body):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document %s><w:body>%s'
            '<w:sectPr/></w:body></w:document>' % (W, body))


def write(path, xml, parts=True):
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        z.writestr('[Content_Types].xml', CONTENT_TYPES)
        z.writestr('_rels/.rels', RELS)
        if parts:
            z.writestr('word/document.xml', xml)


def plan_table(lines):
    """The task section of the plan as one table row per task."""
    rows = [[cell(h) for h in ('类别', '序号', '工作任务', '牵头单位', '配合单位', '责任单位')]]
    programme = None
    first_of_programme = False
    for line in lines:
        m = re.match(r'^\(([一二三四五六七八九十]+)\)(.*?)。?$', line)
        if m and line.endswith('工程。'):
            programme = m.group(2)
            first_of_programme = True
            continue
        m = re.match(r'^(\d+)、(.*?)。(.*)。$', line)
        if not m or programme is None:
            continue
        number, title, rest = m.groups()
        lead = coop = resp = ''
        if '牵头,' in rest:
            lead, other = rest.rsplit('牵头,', 1)
            if lead.startswith('由'):
                lead = lead[1:]
            if '由' in lead:       # 食品安全监管由市食安办牵头,药品安全监管由…
                lead = lead.replace(',', '；') + '牵头'
            if other.endswith('负责落实、推进'):
                resp = other[:-len('负责落实、推进')]
            else:
                coop = other[:-len('配合')]
        else:                      # 由市环保局牵头落实
            lead = rest[1:rest.index('牵头')]
        rows.append([cell(programme, 'restart' if first_of_programme else 'continue'),
                     cell(number), cell(title), cell(lead), cell(coop), cell(resp)])
        first_of_programme = False
    return table(rows)


def main():
    out, plan = sys.argv[1], sys.argv[2]
    lines = [l.strip() for l in open(plan, encoding='utf-8').read().splitlines()]

    write(out + '/plan-paragraphs.docx', document(''.join(para(l) for l in lines if l)))
    write(out + '/plan-table.docx',
          document(para(lines[0]) + para('二、主要任务及分工') + plan_table(lines)))

    forms = table([
        [cell(h) for h in ('序号', '重点任务', '牵头单位', '配合单位', '完成时限')],
        [cell('一、社会治理', span=5)],
        [cell('1'), cell('完善网格化服务管理。推进网格员队伍建设'), cell('市委政法委', 'restart'),
         cell('市民政局、市财政局'), cell('2023年6月底前')],
        [cell('2'), cell('推进矛盾纠纷多元化解'), cell('', 'continue'), cell('市司法局\n市信访局'),
         cell('长期坚持')],
        [cell('3'), cell('加强社区矫正'), cell('市司法局'), cell('各区、县级市'), cell('2024年底前')],
    ])
    write(out + '/forms-table.docx', document(para('2023年平安建设工作要点') + forms))

    write(out + '/bomb.docx', document(para('1、' + ' ' * (20 * 1024 * 1024) + '项目（市公安局牵头）')))

    laughs = '<!DOCTYPE w:document [<!ENTITY lol "lol">' + ''.join(
        '<!ENTITY lol%d "%s">' % (i, ('&lol%d;' % (i - 1) if i > 1 else '&lol;') * 10) for i in range(1, 10)) + ']>'
    entity = document(para('1、项目（市公安局牵头）') + '<w:p><w:r><w:t>&lol9;</w:t></w:r></w:p>')
    entity = entity.replace('?><w:document', '?>' + laughs + '<w:document', 1)
    write(out + '/entity-bomb.docx', entity)

    data = open(out + '/plan-paragraphs.docx', 'rb').read()
    open(out + '/truncated.docx', 'wb').write(data[:len(data) // 2])

    write(out + '/not-docx.docx', '', parts=False)


main()
