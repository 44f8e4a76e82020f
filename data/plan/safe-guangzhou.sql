-- The bundled plan: 创建平安广州推进方案(2013—2022年).
-- Source: data/plan/safe-guangzhou.txt (see data/plan/README.md for provenance and corrections).
-- Loaded into a fresh schema by data/plan/pd-build-plan; ids are explicit so rows can be reviewed by number.
-- wording_after (two assignments) keeps the document's own words where they depart from the usual
-- rules, so the task section regenerates exactly (app/reports/pd-report-plan-text.c).

-- The plan (source_text is filled in from safe-guangzhou.txt by the build tool).
INSERT INTO plan (id, title, short_title, issuer, document_number, issued_on, period_start, period_end, source_text, provenance, notes) VALUES
  (1, '创建平安广州推进方案(2013—2022年)', '创建平安广州推进方案', NULL, NULL, NULL, '2013-01-01', '2022-12-31', '',
   '大洋网(http://www.dayoo.com/)2013-07-15 15:58 转载的方案全文;转换中丢失的标点已按原文恢复。', NULL);

-- The documents the plan implements (制定依据), in the order the preamble cites them.
INSERT INTO plan_basis (id, position, document_number, title) VALUES (1, 1, '粤发〔2012〕19号', '中共广东省委、广东省人民政府关于全面创建平安广东的意见');
INSERT INTO plan_basis (id, position, document_number, title) VALUES (2, 2, '粤办发〔2012〕34号', '中共广东省委办公厅、广东省人民政府办公厅关于印发〈创建平安广东行动计划(2012—2022年)〉的通知');
INSERT INTO plan_basis (id, position, document_number, title) VALUES (3, 3, '穗字〔2013〕2号', '中共广州市委、广州市人民政府关于全面创建平安广州的实施意见');

-- Sections: the goal, the task and step preambles, the five 推进措施 and the leading-group arrangement.
INSERT INTO plan_section (id, position, kind, title, body) VALUES (1, 1, 'goal', '总体目标',
  '把平安创建与新型城市化发展紧密结合,通过广泛深入地开展创建平安广州工作,持续推进法治建设、权益保障、服务管理、社会治理,标本兼治,着力解决影响社会和谐稳定的基础性问题,实现“一强二升三降”(群众安全感不断增强;破案率、起诉率、审结率、执结率、调解率上升,人民群众对政法工作的满意度上升;重大刑事案件下降、重大群体性事件下降、重大安全事故下降)的目标。经过5—10年的努力,把我市建设成为全国社会管理创新的排头兵、社会和谐稳定的示范区、人民群众安居乐业的法治市。');
INSERT INTO plan_section (id, position, kind, title, body) VALUES (2, 2, 'other', '主要任务及分工',
  '根据省的要求,结合我市实际,把加快法治广州建设、重视加强民生保障、维护群众合法权益、化解社会矛盾纠纷、加强公共安全、创新人口服务管理、加强社会组织和非公有制经济组织(以下简称“两新”组织)建设、发展志愿服务事业、保障交通平安顺畅、加快智慧广州建设、加强基层基础建设、加强平安文化建设作为重点,实行工程项目带动,通过实施十二个工程68个项目,全面推动平安创建工作。为明确责任主体,确保有效落实,各工程项目任务分工如下:');
INSERT INTO plan_section (id, position, kind, title, body) VALUES (3, 3, 'step', '推进步骤',
  '各地各部门要按照长短结合、标本兼治,全面部署、分步实施,条块结合、重点突破的原则,有序推进创建平安广州各项工作。');
INSERT INTO plan_section (id, position, kind, title, body) VALUES (4, 4, 'measure', '(一)加强组织领导,落实工作责任',
  '各级党委、政府要把平安创建工作作为一项重要政治任务和执政为民的系统工程,摆到与经济建设同等重要的位置,精心谋划,周密部署,狠抓落实。各地各部门要按照属地管理和谁主管、谁负责的原则,作为一把手工程,主要领导作为第一责任人负总责,分管领导作为具体责任人抓好组织实施。建立健全平安创建工作运行机制,整合资源要素,制定创建方案,实施目标化管理、项目化推进、规范化运作、标准化考评,切实抓出成效。市成立创建平安广州工作领导小组,下设办公室(设在市综治办),负责创建平安工作的组织协调、督导检查、评估考核。各项目牵头单位为办公室成员单位。办公室从领导小组成员单位抽调8名人员集中办公(视情轮换)。各区(县级市)参照市的做法成立创建平安工作领导小组及办公室,市直各部门要指定职能处室负责创建平安工作。');
INSERT INTO plan_section (id, position, kind, title, body) VALUES (5, 5, 'measure', '(二)加强协作配合,落实齐抓共管',
  '建立党政统一领导、部门各司其职、行业全面推动、全民共创共享的平安创建工作格局。各级党委政法委、综治委、社工委要充分发挥组织协调作用,强化督促检查,促进工作开展。各地各部门要站在全局的高度,充分发挥职能作用,密切协同配合,心往一处想、劲往一处使,各负其责、齐抓共管。各级创建平安办公室要建立健全社会参与机制,充分调动各类社会组织、企业、新闻媒体、民间智库等的积极性,扎实开展形式多样、覆盖面广的平安创建活动。要充分尊重人民群众的主体地位,激发基层和群众的积极性、主动性和创造性,发动广大人民群众共建平安广州。');
INSERT INTO plan_section (id, position, kind, title, body) VALUES (6, 6, 'measure', '(三)加强督导检查,落实创建质量',
  '各级创建平安办公室要组建督导检查组,按照分类指导、分级督导的原则,采取日常指导与明查暗访相结合、例行检查与专项督导相结合,全面了解掌握各项目工作进度、工作效果,及时发现和协调解决遇到的困难和问题,确保平安创建工作有序开展。要定期收集人民群众对平安创建的意见建议、对共建共享的满意度,针对群众呼声,督促落实项目相关单位改进工作、完善措施,切实提高创建质量。要及时总结、推广基层的成功做法和经验,指导面上工作,形成平安创建长效机制。');
INSERT INTO plan_section (id, position, kind, title, body) VALUES (7, 7, 'measure', '(四)加大资源投入,落实创建保障',
  '各地各部门要把平安创建工作作为执政的民心工程、社会的保障工程、和谐的基础工程、发展的重点工程来推动,在人财物上给予重点保障。要指定部门和专人负责,确保有人抓;加强基础设施建设,确保有条件创建;各级政府依照经济发展和财政收入增长水平保障平安创建工作的财政投入,确保平安创建工作顺利推进。要按照谁受益、谁出资的原则,健全政府、企业、社会相结合的平安创建经费保障机制。');
INSERT INTO plan_section (id, position, kind, title, body) VALUES (8, 8, 'measure', '(五)严格考评考核,落实创建奖惩',
  '加强对平安创建工作的检查、考核。创建平安广州的考评办法和考评标准由市综治委和市创建平安广州工作领导小组另行规定。考评工作由各级综治委和创建平安工作领导小组组织实施,采取下考一级、条块结合的办法,每年组织一次。市考评区(县级市)和市直属相关部门;区(县级市)考评所辖街道(镇)和区(县级市)直相关部门。把平安创建考评结果作为各级领导班子考核和干部选拔任用的重要依据。对考评成绩优秀的,予以表扬奖励;对考评成绩差的,予以批评问责。');
INSERT INTO plan_section (id, position, kind, title, body) VALUES (9, 9, 'other', '创建平安广州工作领导小组',
  '市成立创建平安广州工作领导小组,下设办公室(设在市综治办),负责创建平安工作的组织协调、督导检查、评估考核。各项目牵头单位为办公室成员单位。办公室从领导小组成员单位抽调8名人员集中办公(视情轮换)。各区(县级市)参照市的做法成立创建平安工作领导小组及办公室,市直各部门要指定职能处室负责创建平安工作。');

-- The twelve programmes (工程).
INSERT INTO programme (id, position, numeral, title) VALUES (1, 1, '一', '法治广州建设工程');
INSERT INTO programme (id, position, numeral, title) VALUES (2, 2, '二', '民生保障工程');
INSERT INTO programme (id, position, numeral, title) VALUES (3, 3, '三', '群众权益保障工程');
INSERT INTO programme (id, position, numeral, title) VALUES (4, 4, '四', '社会矛盾化解工程');
INSERT INTO programme (id, position, numeral, title) VALUES (5, 5, '五', '公共安全防控工程');
INSERT INTO programme (id, position, numeral, title) VALUES (6, 6, '六', '人口服务管理工程');
INSERT INTO programme (id, position, numeral, title) VALUES (7, 7, '七', '“两新”组织建设工程');
INSERT INTO programme (id, position, numeral, title) VALUES (8, 8, '八', '志愿服务工程');
INSERT INTO programme (id, position, numeral, title) VALUES (9, 9, '九', '平安交通建设工程');
INSERT INTO programme (id, position, numeral, title) VALUES (10, 10, '十', '信息网络服务保障工程');
INSERT INTO programme (id, position, numeral, title) VALUES (11, 11, '十一', '基层基础建设工程');
INSERT INTO programme (id, position, numeral, title) VALUES (12, 12, '十二', '平安文化建设工程');

-- Units, exactly as the document writes them, in order of first mention; then the districts.
-- kind: party, government, judicial, people, district, collective, external, other; collective = 1 for a unit that stands for several.
INSERT INTO unit (id, name, kind, collective) VALUES (1, '市人大常委会法制工委', 'other', 0);
INSERT INTO unit (id, name, kind, collective) VALUES (2, '市法制办', 'government', 0);
INSERT INTO unit (id, name, kind, collective) VALUES (3, '市人大常委会内务司法工委', 'other', 0);
INSERT INTO unit (id, name, kind, collective) VALUES (4, '市政府办公厅', 'government', 0);
INSERT INTO unit (id, name, kind, collective) VALUES (5, '市监察局', 'government', 0);
INSERT INTO unit (id, name, kind, collective) VALUES (6, '市发展改革委', 'government', 0);
INSERT INTO unit (id, name, kind, collective) VALUES (7, '市审计局', 'government', 0);
INSERT INTO unit (id, name, kind, collective) VALUES (8, '市财政局', 'government', 0);
INSERT INTO unit (id, name, kind, collective) VALUES (9, '市人力资源和社会保障局', 'government', 0);
INSERT INTO unit (id, name, kind, collective) VALUES (10, '市政务办', 'government', 0);
INSERT INTO unit (id, name, kind, collective) VALUES (11, '市编办', 'party', 0);
INSERT INTO unit (id, name, kind, collective) VALUES (12, '市依法治市办', 'party', 0);
INSERT INTO unit (id, name, kind, collective) VALUES (13, '各区(县级市)', 'district', 1);
INSERT INTO unit (id, name, kind, collective) VALUES (14, '市直各部门', 'collective', 1);
INSERT INTO unit (id, name, kind, collective) VALUES (15, '市委政法委', 'party', 0);
INSERT INTO unit (id, name, kind, collective) VALUES (16, '市法院', 'judicial', 0);
INSERT INTO unit (id, name, kind, collective) VALUES (17, '市检察院', 'judicial', 0);
INSERT INTO unit (id, name, kind, collective) VALUES (18, '市公安局', 'government', 0);
INSERT INTO unit (id, name, kind, collective) VALUES (19, '市司法局', 'government', 0);
INSERT INTO unit (id, name, kind, collective) VALUES (20, '市政协社会法制民族宗教委', 'other', 0);
INSERT INTO unit (id, name, kind, collective) VALUES (21, '市委宣传部', 'party', 0);
INSERT INTO unit (id, name, kind, collective) VALUES (22, '市直政法部门', 'collective', 1);
INSERT INTO unit (id, name, kind, collective) VALUES (23, '各行政执法部门', 'collective', 1);
INSERT INTO unit (id, name, kind, collective) VALUES (24, '市工商局', 'government', 0);
INSERT INTO unit (id, name, kind, collective) VALUES (25, '市教育局', 'government', 0);
INSERT INTO unit (id, name, kind, collective) VALUES (26, '市民政局', 'government', 0);
INSERT INTO unit (id, name, kind, collective) VALUES (27, '市建委', 'government', 0);
INSERT INTO unit (id, name, kind, collective) VALUES (28, '市国土房管局', 'government', 0);
INSERT INTO unit (id, name, kind, collective) VALUES (29, '市卫生局', 'government', 0);
INSERT INTO unit (id, name, kind, collective) VALUES (30, '市科技和信息化局', 'government', 0);
INSERT INTO unit (id, name, kind, collective) VALUES (31, '市规划局', 'government', 0);
INSERT INTO unit (id, name, kind, collective) VALUES (32, '市人口计生局', 'government', 0);
INSERT INTO unit (id, name, kind, collective) VALUES (33, '市信访局', 'government', 0);
INSERT INTO unit (id, name, kind, collective) VALUES (34, '市委办公厅', 'party', 0);
INSERT INTO unit (id, name, kind, collective) VALUES (35, '市人大常委会办公厅', 'other', 0);
INSERT INTO unit (id, name, kind, collective) VALUES (36, '市政协办公厅', 'other', 0);
INSERT INTO unit (id, name, kind, collective) VALUES (37, '市委组织部', 'party', 0);
INSERT INTO unit (id, name, kind, collective) VALUES (38, '市社工委', 'party', 0);
INSERT INTO unit (id, name, kind, collective) VALUES (39, '市总工会', 'people', 0);
INSERT INTO unit (id, name, kind, collective) VALUES (40, '团市委', 'people', 0);
INSERT INTO unit (id, name, kind, collective) VALUES (41, '市妇联', 'people', 0);
INSERT INTO unit (id, name, kind, collective) VALUES (42, '市委维稳办', 'party', 0);
INSERT INTO unit (id, name, kind, collective) VALUES (43, '市直政法各部门', 'collective', 1);
INSERT INTO unit (id, name, kind, collective) VALUES (44, '市国安局', 'government', 0);
INSERT INTO unit (id, name, kind, collective) VALUES (45, '市统计局', 'government', 0);
INSERT INTO unit (id, name, kind, collective) VALUES (46, '市农业局', 'government', 0);
INSERT INTO unit (id, name, kind, collective) VALUES (47, '市工商联', 'people', 0);
INSERT INTO unit (id, name, kind, collective) VALUES (48, '市委政研室', 'party', 0);
INSERT INTO unit (id, name, kind, collective) VALUES (49, '市国资委', 'government', 0);
INSERT INTO unit (id, name, kind, collective) VALUES (50, '市交委', 'government', 0);
INSERT INTO unit (id, name, kind, collective) VALUES (51, '市环保局', 'government', 0);
INSERT INTO unit (id, name, kind, collective) VALUES (52, '市物价局', 'government', 0);
INSERT INTO unit (id, name, kind, collective) VALUES (53, '市安监局', 'government', 0);
INSERT INTO unit (id, name, kind, collective) VALUES (54, '市食品药品监管局', 'government', 0);
INSERT INTO unit (id, name, kind, collective) VALUES (55, '市食安办', 'government', 0);
INSERT INTO unit (id, name, kind, collective) VALUES (56, '市委维护稳定工作领导小组成员单位', 'collective', 1);
INSERT INTO unit (id, name, kind, collective) VALUES (57, '市林业和园林局', 'government', 0);
INSERT INTO unit (id, name, kind, collective) VALUES (58, '市综治办', 'party', 0);
INSERT INTO unit (id, name, kind, collective) VALUES (59, '市反恐怖工作协调小组成员单位', 'collective', 1);
INSERT INTO unit (id, name, kind, collective) VALUES (60, '市综治委成员单位', 'collective', 1);
INSERT INTO unit (id, name, kind, collective) VALUES (61, '市视频建设领导小组成员单位', 'collective', 1);
INSERT INTO unit (id, name, kind, collective) VALUES (62, '市平安办', 'party', 0);
INSERT INTO unit (id, name, kind, collective) VALUES (63, '市纪委', 'party', 0);
INSERT INTO unit (id, name, kind, collective) VALUES (64, '市打假办', 'government', 0);
INSERT INTO unit (id, name, kind, collective) VALUES (65, '市综治委各专项领导小组及相关成员单位', 'collective', 1);
INSERT INTO unit (id, name, kind, collective) VALUES (66, '市经贸委', 'government', 0);
INSERT INTO unit (id, name, kind, collective) VALUES (67, '市质监局', 'government', 0);
INSERT INTO unit (id, name, kind, collective) VALUES (68, '市食品安全委员会成员单位', 'collective', 1);
INSERT INTO unit (id, name, kind, collective) VALUES (69, '广州海事局', 'external', 0);
INSERT INTO unit (id, name, kind, collective) VALUES (70, '市水务局', 'government', 0);
INSERT INTO unit (id, name, kind, collective) VALUES (71, '市应急办', 'government', 0);
INSERT INTO unit (id, name, kind, collective) VALUES (72, '市应急委成员单位', 'collective', 1);
INSERT INTO unit (id, name, kind, collective) VALUES (73, '市流动人员出租屋管理办', 'government', 0);
INSERT INTO unit (id, name, kind, collective) VALUES (74, '市流动人员出租屋管理工作领导小组成员单位', 'collective', 1);
INSERT INTO unit (id, name, kind, collective) VALUES (75, '市禁毒办', 'government', 0);
INSERT INTO unit (id, name, kind, collective) VALUES (76, '市防范和处理邪教问题领导小组办公室', 'party', 0);
INSERT INTO unit (id, name, kind, collective) VALUES (77, '市国税局', 'external', 0);
INSERT INTO unit (id, name, kind, collective) VALUES (78, '市地税局', 'government', 0);
INSERT INTO unit (id, name, kind, collective) VALUES (79, '市外国人管理工作联席会议成员单位', 'collective', 1);
INSERT INTO unit (id, name, kind, collective) VALUES (80, '市金融办', 'government', 0);
INSERT INTO unit (id, name, kind, collective) VALUES (81, '市文明办', 'party', 0);
INSERT INTO unit (id, name, kind, collective) VALUES (82, '市直机关工委', 'party', 0);
INSERT INTO unit (id, name, kind, collective) VALUES (83, '市发展志愿服务事业指导委员会成员单位', 'collective', 1);
INSERT INTO unit (id, name, kind, collective) VALUES (84, '市文化广电新闻出版局', 'government', 0);
INSERT INTO unit (id, name, kind, collective) VALUES (85, '市体育局', 'government', 0);
INSERT INTO unit (id, name, kind, collective) VALUES (86, '市城管局', 'government', 0);
INSERT INTO unit (id, name, kind, collective) VALUES (87, '市老龄办', 'government', 0);
INSERT INTO unit (id, name, kind, collective) VALUES (88, '市红十字会', 'people', 0);
INSERT INTO unit (id, name, kind, collective) VALUES (89, '市残联', 'people', 0);
INSERT INTO unit (id, name, kind, collective) VALUES (90, '市地铁总公司', 'external', 0);
INSERT INTO unit (id, name, kind, collective) VALUES (91, '广州警备区', 'external', 0);
INSERT INTO unit (id, name, kind, collective) VALUES (92, '市政府各职能部门', 'collective', 1);
INSERT INTO unit (id, name, kind, collective) VALUES (93, '市保密局', 'party', 0);
INSERT INTO unit (id, name, kind, collective) VALUES (94, '广州供电局', 'external', 0);
INSERT INTO unit (id, name, kind, collective) VALUES (95, '广州市公安边防支队', 'external', 0);
INSERT INTO unit (id, name, kind, collective) VALUES (96, '市知识产权局', 'government', 0);
-- The district-level units of 2013, then the districts created by the 2014 reorganisation (effective 2014-02-12).
INSERT INTO unit (id, name, kind, collective, valid_from) VALUES (109, '从化区', 'district', 0, '2014-02-12');
INSERT INTO unit (id, name, kind, collective, valid_from) VALUES (110, '增城区', 'district', 0, '2014-02-12');
INSERT INTO unit (id, name, kind, collective) VALUES (97, '越秀区', 'district', 0);
INSERT INTO unit (id, name, kind, collective) VALUES (98, '海珠区', 'district', 0);
INSERT INTO unit (id, name, kind, collective) VALUES (99, '荔湾区', 'district', 0);
INSERT INTO unit (id, name, kind, collective) VALUES (100, '天河区', 'district', 0);
INSERT INTO unit (id, name, kind, collective) VALUES (101, '白云区', 'district', 0);
INSERT INTO unit (id, name, kind, collective) VALUES (102, '黄埔区', 'district', 0);
INSERT INTO unit (id, name, kind, collective, valid_to, successor_id) VALUES (103, '萝岗区', 'district', 0, '2014-02-12', 102);
INSERT INTO unit (id, name, kind, collective) VALUES (104, '番禺区', 'district', 0);
INSERT INTO unit (id, name, kind, collective) VALUES (105, '花都区', 'district', 0);
INSERT INTO unit (id, name, kind, collective) VALUES (106, '南沙区', 'district', 0);
INSERT INTO unit (id, name, kind, collective, valid_to, successor_id) VALUES (107, '从化市', 'district', 0, '2014-02-12', 109);
INSERT INTO unit (id, name, kind, collective, valid_to, successor_id) VALUES (108, '增城市', 'district', 0, '2014-02-12', 110);

-- 各区(县级市) stands for the twelve district-level units of 2013.
INSERT INTO unit_member (collective_id, member_id) VALUES (13, 97);
INSERT INTO unit_member (collective_id, member_id) VALUES (13, 98);
INSERT INTO unit_member (collective_id, member_id) VALUES (13, 99);
INSERT INTO unit_member (collective_id, member_id) VALUES (13, 100);
INSERT INTO unit_member (collective_id, member_id) VALUES (13, 101);
INSERT INTO unit_member (collective_id, member_id) VALUES (13, 102);
INSERT INTO unit_member (collective_id, member_id) VALUES (13, 103);
INSERT INTO unit_member (collective_id, member_id) VALUES (13, 104);
INSERT INTO unit_member (collective_id, member_id) VALUES (13, 105);
INSERT INTO unit_member (collective_id, member_id) VALUES (13, 106);
INSERT INTO unit_member (collective_id, member_id) VALUES (13, 107);
INSERT INTO unit_member (collective_id, member_id) VALUES (13, 108);

-- 市食品安全委员会成员单位: project 32 names seven of its members (“市经贸委、…、市财政局等市食品安全委员会成员单位”).
INSERT INTO unit_member (collective_id, member_id) VALUES (68, 66);
INSERT INTO unit_member (collective_id, member_id) VALUES (68, 46);
INSERT INTO unit_member (collective_id, member_id) VALUES (68, 18);
INSERT INTO unit_member (collective_id, member_id) VALUES (68, 29);
INSERT INTO unit_member (collective_id, member_id) VALUES (68, 24);
INSERT INTO unit_member (collective_id, member_id) VALUES (68, 67);
INSERT INTO unit_member (collective_id, member_id) VALUES (68, 8);

-- Projects (项目) and their assignments, in document order. Every project runs for the plan period.
-- 1、平安建设地方立法项目。由市人大常委会法制工委牵头,市法制办、市人大常委会内务司法工委等单位配合。
INSERT INTO project (id, programme_id, number, title, status, progress, start_on, due_on) VALUES (1, 1, 1, '平安建设地方立法项目', 'planned', 0, '2013-01-01', '2022-12-31');
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (1, 1, 'lead', NULL, 1); -- 市人大常委会法制工委
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (1, 2, 'cooperate', NULL, 2); -- 市法制办
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (1, 3, 'cooperate', NULL, 3); -- 市人大常委会内务司法工委

-- 2、法治政府建设项目。由市法制办牵头,市政府办公厅、市监察局、市发展改革委、市审计局、市财政局、市人力资源和社会保障局、市政务办、市编办、市依法治市办等单位配合。
INSERT INTO project (id, programme_id, number, title, status, progress, start_on, due_on) VALUES (2, 1, 2, '法治政府建设项目', 'planned', 0, '2013-01-01', '2022-12-31');
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (2, 2, 'lead', NULL, 1); -- 市法制办
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (2, 4, 'cooperate', NULL, 2); -- 市政府办公厅
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (2, 5, 'cooperate', NULL, 3); -- 市监察局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (2, 6, 'cooperate', NULL, 4); -- 市发展改革委
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (2, 7, 'cooperate', NULL, 5); -- 市审计局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (2, 8, 'cooperate', NULL, 6); -- 市财政局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (2, 9, 'cooperate', NULL, 7); -- 市人力资源和社会保障局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (2, 10, 'cooperate', NULL, 8); -- 市政务办
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (2, 11, 'cooperate', NULL, 9); -- 市编办
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (2, 12, 'cooperate', NULL, 10); -- 市依法治市办

-- 3、依法行政考核项目。由市法制办牵头,各区(县级市)及市直各部门配合。
INSERT INTO project (id, programme_id, number, title, status, progress, start_on, due_on) VALUES (3, 1, 3, '依法行政考核项目', 'planned', 0, '2013-01-01', '2022-12-31');
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (3, 2, 'lead', NULL, 1); -- 市法制办
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (3, 13, 'cooperate', NULL, 2); -- 各区(县级市)
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (3, 14, 'cooperate', NULL, 3); -- 市直各部门

-- 4、公开公正司法执法项目。由市委政法委牵头,市法院、市检察院、市公安局、市司法局等单位配合。
INSERT INTO project (id, programme_id, number, title, status, progress, start_on, due_on) VALUES (4, 1, 4, '公开公正司法执法项目', 'planned', 0, '2013-01-01', '2022-12-31');
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (4, 15, 'lead', NULL, 1); -- 市委政法委
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (4, 16, 'cooperate', NULL, 2); -- 市法院
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (4, 17, 'cooperate', NULL, 3); -- 市检察院
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (4, 18, 'cooperate', NULL, 4); -- 市公安局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (4, 19, 'cooperate', NULL, 5); -- 市司法局

-- 5、司法监督机制建设项目。由市委政法委、市检察院牵头,市人大常委会内务司法工委、市政协社会法制民族宗教委、市法院、市公安局、市司法局等单位配合。
INSERT INTO project (id, programme_id, number, title, status, progress, start_on, due_on) VALUES (5, 1, 5, '司法监督机制建设项目', 'planned', 0, '2013-01-01', '2022-12-31');
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (5, 15, 'lead', NULL, 1); -- 市委政法委
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (5, 17, 'lead', NULL, 2); -- 市检察院
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (5, 3, 'cooperate', NULL, 3); -- 市人大常委会内务司法工委
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (5, 20, 'cooperate', NULL, 4); -- 市政协社会法制民族宗教委
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (5, 16, 'cooperate', NULL, 5); -- 市法院
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (5, 18, 'cooperate', NULL, 6); -- 市公安局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (5, 19, 'cooperate', NULL, 7); -- 市司法局

-- 6、政法队伍建设项目。由市委政法委牵头,市法院、市检察院、市公安局、市司法局等单位配合。
INSERT INTO project (id, programme_id, number, title, status, progress, start_on, due_on) VALUES (6, 1, 6, '政法队伍建设项目', 'planned', 0, '2013-01-01', '2022-12-31');
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (6, 15, 'lead', NULL, 1); -- 市委政法委
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (6, 16, 'cooperate', NULL, 2); -- 市法院
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (6, 17, 'cooperate', NULL, 3); -- 市检察院
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (6, 18, 'cooperate', NULL, 4); -- 市公安局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (6, 19, 'cooperate', NULL, 5); -- 市司法局

-- 7、普法宣传教育项目。由市司法局牵头,市委宣传部、市依法治市办、市直政法部门、各行政执法部门等单位配合。
INSERT INTO project (id, programme_id, number, title, status, progress, start_on, due_on) VALUES (7, 1, 7, '普法宣传教育项目', 'planned', 0, '2013-01-01', '2022-12-31');
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (7, 19, 'lead', NULL, 1); -- 市司法局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (7, 21, 'cooperate', NULL, 2); -- 市委宣传部
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (7, 12, 'cooperate', NULL, 3); -- 市依法治市办
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (7, 22, 'cooperate', NULL, 4); -- 市直政法部门
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (7, 23, 'cooperate', NULL, 5); -- 各行政执法部门

-- 8、法律服务项目。由市司法局牵头,市法院、市财政局、市工商局等单位配合。
INSERT INTO project (id, programme_id, number, title, status, progress, start_on, due_on) VALUES (8, 1, 8, '法律服务项目', 'planned', 0, '2013-01-01', '2022-12-31');
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (8, 19, 'lead', NULL, 1); -- 市司法局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (8, 16, 'cooperate', NULL, 2); -- 市法院
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (8, 8, 'cooperate', NULL, 3); -- 市财政局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (8, 24, 'cooperate', NULL, 4); -- 市工商局

-- 9、民生投入项目。由市财政局牵头,市发展改革委、市教育局、市民政局、市人力资源和社会保障局、市建委、市国土房管局、市卫生局等单位和各区(县级市)配合。
INSERT INTO project (id, programme_id, number, title, status, progress, start_on, due_on) VALUES (9, 2, 9, '民生投入项目', 'planned', 0, '2013-01-01', '2022-12-31');
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (9, 8, 'lead', NULL, 1); -- 市财政局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (9, 6, 'cooperate', NULL, 2); -- 市发展改革委
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (9, 25, 'cooperate', NULL, 3); -- 市教育局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (9, 26, 'cooperate', NULL, 4); -- 市民政局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (9, 9, 'cooperate', NULL, 5); -- 市人力资源和社会保障局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (9, 27, 'cooperate', NULL, 6); -- 市建委
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (9, 28, 'cooperate', NULL, 7); -- 市国土房管局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (9, 29, 'cooperate', NULL, 8); -- 市卫生局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (9, 13, 'cooperate', NULL, 9); -- 各区(县级市)

-- 10、公共教育体系建设项目。由市教育局牵头,市发展改革委、市人力资源和社会保障局、市民政局、市科技和信息化局、市规划局、市人口计生局等单位和各区(县级市)配合。
INSERT INTO project (id, programme_id, number, title, status, progress, start_on, due_on) VALUES (10, 2, 10, '公共教育体系建设项目', 'planned', 0, '2013-01-01', '2022-12-31');
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (10, 25, 'lead', NULL, 1); -- 市教育局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (10, 6, 'cooperate', NULL, 2); -- 市发展改革委
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (10, 9, 'cooperate', NULL, 3); -- 市人力资源和社会保障局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (10, 26, 'cooperate', NULL, 4); -- 市民政局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (10, 30, 'cooperate', NULL, 5); -- 市科技和信息化局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (10, 31, 'cooperate', NULL, 6); -- 市规划局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (10, 32, 'cooperate', NULL, 7); -- 市人口计生局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (10, 13, 'cooperate', NULL, 8); -- 各区(县级市)

-- 11、就业保障体系建设项目。由市人力资源和社会保障局牵头,市发展改革委、市规划局、市财政局、市教育局、市司法局、市法院等单位和各区(县级市)配合。
INSERT INTO project (id, programme_id, number, title, status, progress, start_on, due_on) VALUES (11, 2, 11, '就业保障体系建设项目', 'planned', 0, '2013-01-01', '2022-12-31');
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (11, 9, 'lead', NULL, 1); -- 市人力资源和社会保障局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (11, 6, 'cooperate', NULL, 2); -- 市发展改革委
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (11, 31, 'cooperate', NULL, 3); -- 市规划局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (11, 8, 'cooperate', NULL, 4); -- 市财政局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (11, 25, 'cooperate', NULL, 5); -- 市教育局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (11, 19, 'cooperate', NULL, 6); -- 市司法局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (11, 16, 'cooperate', NULL, 7); -- 市法院
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (11, 13, 'cooperate', NULL, 8); -- 各区(县级市)

-- 12、公共医疗卫生体系建设项目。由市卫生局牵头,市发展改革委、市规划局、市财政局、市人力资源和社会保障局、市科技和信息化局、市人口计生局等单位和各区(县级市)配合。
INSERT INTO project (id, programme_id, number, title, status, progress, start_on, due_on) VALUES (12, 2, 12, '公共医疗卫生体系建设项目', 'planned', 0, '2013-01-01', '2022-12-31');
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (12, 29, 'lead', NULL, 1); -- 市卫生局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (12, 6, 'cooperate', NULL, 2); -- 市发展改革委
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (12, 31, 'cooperate', NULL, 3); -- 市规划局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (12, 8, 'cooperate', NULL, 4); -- 市财政局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (12, 9, 'cooperate', NULL, 5); -- 市人力资源和社会保障局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (12, 30, 'cooperate', NULL, 6); -- 市科技和信息化局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (12, 32, 'cooperate', NULL, 7); -- 市人口计生局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (12, 13, 'cooperate', NULL, 8); -- 各区(县级市)

-- 13、社会保险体系建设项目。由市人力资源和社会保障局牵头,市财政局、市卫生局等单位和各区(县级市)配合。
INSERT INTO project (id, programme_id, number, title, status, progress, start_on, due_on) VALUES (13, 2, 13, '社会保险体系建设项目', 'planned', 0, '2013-01-01', '2022-12-31');
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (13, 9, 'lead', NULL, 1); -- 市人力资源和社会保障局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (13, 8, 'cooperate', NULL, 2); -- 市财政局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (13, 29, 'cooperate', NULL, 3); -- 市卫生局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (13, 13, 'cooperate', NULL, 4); -- 各区(县级市)

-- 14、福利保障体系建设项目。由市民政局牵头,市财政局、市人力资源和社会保障局、市人口计生局、市卫生局、市规划局等单位和各区(县级市)配合。
INSERT INTO project (id, programme_id, number, title, status, progress, start_on, due_on) VALUES (14, 2, 14, '福利保障体系建设项目', 'planned', 0, '2013-01-01', '2022-12-31');
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (14, 26, 'lead', NULL, 1); -- 市民政局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (14, 8, 'cooperate', NULL, 2); -- 市财政局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (14, 9, 'cooperate', NULL, 3); -- 市人力资源和社会保障局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (14, 32, 'cooperate', NULL, 4); -- 市人口计生局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (14, 29, 'cooperate', NULL, 5); -- 市卫生局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (14, 31, 'cooperate', NULL, 6); -- 市规划局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (14, 13, 'cooperate', NULL, 7); -- 各区(县级市)

-- 15、多层次住房供应体系建设项目。由市国土房管局牵头,市规划局、市建委、市民政局等单位和各区(县级市)配合。
INSERT INTO project (id, programme_id, number, title, status, progress, start_on, due_on) VALUES (15, 2, 15, '多层次住房供应体系建设项目', 'planned', 0, '2013-01-01', '2022-12-31');
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (15, 28, 'lead', NULL, 1); -- 市国土房管局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (15, 31, 'cooperate', NULL, 2); -- 市规划局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (15, 27, 'cooperate', NULL, 3); -- 市建委
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (15, 26, 'cooperate', NULL, 4); -- 市民政局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (15, 13, 'cooperate', NULL, 5); -- 各区(县级市)

-- 16、群众诉求表达渠道建设项目。由市信访局牵头,市委办公厅、市人大常委会办公厅、市政府办公厅、市政协办公厅、市委组织部、市委政法委、市社工委、市司法局、市法制办、市总工会、团市委、市妇联等单位和各区(县级市)配合。
INSERT INTO project (id, programme_id, number, title, status, progress, start_on, due_on) VALUES (16, 3, 16, '群众诉求表达渠道建设项目', 'planned', 0, '2013-01-01', '2022-12-31');
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (16, 33, 'lead', NULL, 1); -- 市信访局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (16, 34, 'cooperate', NULL, 2); -- 市委办公厅
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (16, 35, 'cooperate', NULL, 3); -- 市人大常委会办公厅
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (16, 4, 'cooperate', NULL, 4); -- 市政府办公厅
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (16, 36, 'cooperate', NULL, 5); -- 市政协办公厅
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (16, 37, 'cooperate', NULL, 6); -- 市委组织部
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (16, 15, 'cooperate', NULL, 7); -- 市委政法委
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (16, 38, 'cooperate', NULL, 8); -- 市社工委
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (16, 19, 'cooperate', NULL, 9); -- 市司法局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (16, 2, 'cooperate', NULL, 10); -- 市法制办
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (16, 39, 'cooperate', NULL, 11); -- 市总工会
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (16, 40, 'cooperate', NULL, 12); -- 团市委
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (16, 41, 'cooperate', NULL, 13); -- 市妇联
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (16, 13, 'cooperate', NULL, 14); -- 各区(县级市)

-- 17、完善信访制度项目。由市信访局牵头,市委维稳办、市监察局、市直政法各部门和各区(县级市)配合。
INSERT INTO project (id, programme_id, number, title, status, progress, start_on, due_on) VALUES (17, 3, 17, '完善信访制度项目', 'planned', 0, '2013-01-01', '2022-12-31');
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (17, 33, 'lead', NULL, 1); -- 市信访局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (17, 42, 'cooperate', NULL, 2); -- 市委维稳办
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (17, 5, 'cooperate', NULL, 3); -- 市监察局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (17, 43, 'cooperate', NULL, 4); -- 市直政法各部门
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (17, 13, 'cooperate', NULL, 5); -- 各区(县级市)

-- 18、社情民意收集研判机制建设项目。由市社工委牵头,市委宣传部、市委维稳办、市信访局、市公安局、市国安局、市民政局、市统计局等单位配合。
INSERT INTO project (id, programme_id, number, title, status, progress, start_on, due_on) VALUES (18, 3, 18, '社情民意收集研判机制建设项目', 'planned', 0, '2013-01-01', '2022-12-31');
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (18, 38, 'lead', NULL, 1); -- 市社工委
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (18, 21, 'cooperate', NULL, 2); -- 市委宣传部
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (18, 42, 'cooperate', NULL, 3); -- 市委维稳办
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (18, 33, 'cooperate', NULL, 4); -- 市信访局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (18, 18, 'cooperate', NULL, 5); -- 市公安局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (18, 44, 'cooperate', NULL, 6); -- 市国安局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (18, 26, 'cooperate', NULL, 7); -- 市民政局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (18, 45, 'cooperate', NULL, 8); -- 市统计局

-- 19、农村集体土地管理项目。由市国土房管局牵头,市监察局、市财政局、市人力资源和社会保障局、市农业局等单位和各区(县级市)配合。
INSERT INTO project (id, programme_id, number, title, status, progress, start_on, due_on) VALUES (19, 3, 19, '农村集体土地管理项目', 'planned', 0, '2013-01-01', '2022-12-31');
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (19, 28, 'lead', NULL, 1); -- 市国土房管局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (19, 5, 'cooperate', NULL, 2); -- 市监察局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (19, 8, 'cooperate', NULL, 3); -- 市财政局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (19, 9, 'cooperate', NULL, 4); -- 市人力资源和社会保障局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (19, 46, 'cooperate', NULL, 5); -- 市农业局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (19, 13, 'cooperate', NULL, 6); -- 各区(县级市)

-- 20、土地房屋征收补偿机制建设项目。由市国土房管局牵头,市建委、市法院等单位和各区(县级市)配合。
INSERT INTO project (id, programme_id, number, title, status, progress, start_on, due_on) VALUES (20, 3, 20, '土地房屋征收补偿机制建设项目', 'planned', 0, '2013-01-01', '2022-12-31');
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (20, 28, 'lead', NULL, 1); -- 市国土房管局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (20, 27, 'cooperate', NULL, 2); -- 市建委
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (20, 16, 'cooperate', NULL, 3); -- 市法院
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (20, 13, 'cooperate', NULL, 4); -- 各区(县级市)

-- 21、劳动关系协调机制建设项目。由市人力资源和社会保障局牵头,市法院、市总工会、市工商联等单位和各区(县级市)配合。
INSERT INTO project (id, programme_id, number, title, status, progress, start_on, due_on) VALUES (21, 3, 21, '劳动关系协调机制建设项目', 'planned', 0, '2013-01-01', '2022-12-31');
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (21, 9, 'lead', NULL, 1); -- 市人力资源和社会保障局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (21, 16, 'cooperate', NULL, 2); -- 市法院
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (21, 39, 'cooperate', NULL, 3); -- 市总工会
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (21, 47, 'cooperate', NULL, 4); -- 市工商联
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (21, 13, 'cooperate', NULL, 5); -- 各区(县级市)

-- 22、社会稳定风险评估机制建设项目。由市委维稳办牵头,市信访局、市委政研室、市法制办、市发展改革委、市公安局、市教育局、市财政局、市人力资源和社会保障局、市国土房管局、市农业局、市卫生局、市国资委、市交委、市规划局、市环保局、市物价局、市安监局、市食品药品监管局、市食安办等单位和各区(县级市)负责落实、推进。
INSERT INTO project (id, programme_id, number, title, status, progress, start_on, due_on) VALUES (22, 4, 22, '社会稳定风险评估机制建设项目', 'planned', 0, '2013-01-01', '2022-12-31');
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (22, 42, 'lead', NULL, 1); -- 市委维稳办
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (22, 33, 'responsible', NULL, 2); -- 市信访局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (22, 48, 'responsible', NULL, 3); -- 市委政研室
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (22, 2, 'responsible', NULL, 4); -- 市法制办
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (22, 6, 'responsible', NULL, 5); -- 市发展改革委
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (22, 18, 'responsible', NULL, 6); -- 市公安局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (22, 25, 'responsible', NULL, 7); -- 市教育局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (22, 8, 'responsible', NULL, 8); -- 市财政局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (22, 9, 'responsible', NULL, 9); -- 市人力资源和社会保障局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (22, 28, 'responsible', NULL, 10); -- 市国土房管局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (22, 46, 'responsible', NULL, 11); -- 市农业局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (22, 29, 'responsible', NULL, 12); -- 市卫生局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (22, 49, 'responsible', NULL, 13); -- 市国资委
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (22, 50, 'responsible', NULL, 14); -- 市交委
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (22, 31, 'responsible', NULL, 15); -- 市规划局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (22, 51, 'responsible', NULL, 16); -- 市环保局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (22, 52, 'responsible', NULL, 17); -- 市物价局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (22, 53, 'responsible', NULL, 18); -- 市安监局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (22, 54, 'responsible', NULL, 19); -- 市食品药品监管局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (22, 55, 'responsible', NULL, 20); -- 市食安办
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (22, 13, 'responsible', NULL, 21); -- 各区(县级市)

-- 23、矛盾纠纷排查工作机制建设项目。由市委维稳办牵头,市委维护稳定工作领导小组成员单位和各区(县级市)配合。
INSERT INTO project (id, programme_id, number, title, status, progress, start_on, due_on) VALUES (23, 4, 23, '矛盾纠纷排查工作机制建设项目', 'planned', 0, '2013-01-01', '2022-12-31');
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (23, 42, 'lead', NULL, 1); -- 市委维稳办
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (23, 56, 'cooperate', NULL, 2); -- 市委维护稳定工作领导小组成员单位
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (23, 13, 'cooperate', NULL, 3); -- 各区(县级市)

-- 24、社会矛盾调解体系建设项目。由市司法局牵头,市法院、市人力资源和社会保障局、市卫生局、市环保局、市国土房管局、市公安局、市林业和园林局、市委维稳办、市综治办等单位和各区(县级市)配合。
INSERT INTO project (id, programme_id, number, title, status, progress, start_on, due_on) VALUES (24, 4, 24, '社会矛盾调解体系建设项目', 'planned', 0, '2013-01-01', '2022-12-31');
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (24, 19, 'lead', NULL, 1); -- 市司法局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (24, 16, 'cooperate', NULL, 2); -- 市法院
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (24, 9, 'cooperate', NULL, 3); -- 市人力资源和社会保障局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (24, 29, 'cooperate', NULL, 4); -- 市卫生局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (24, 51, 'cooperate', NULL, 5); -- 市环保局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (24, 28, 'cooperate', NULL, 6); -- 市国土房管局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (24, 18, 'cooperate', NULL, 7); -- 市公安局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (24, 57, 'cooperate', NULL, 8); -- 市林业和园林局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (24, 42, 'cooperate', NULL, 9); -- 市委维稳办
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (24, 58, 'cooperate', NULL, 10); -- 市综治办
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (24, 13, 'cooperate', NULL, 11); -- 各区(县级市)

-- 25、群体性事件处置机制建设项目。由市公安局牵头,市委维稳办、市委维护稳定工作领导小组成员单位和各区(县级市)配合。
INSERT INTO project (id, programme_id, number, title, status, progress, start_on, due_on) VALUES (25, 4, 25, '群体性事件处置机制建设项目', 'planned', 0, '2013-01-01', '2022-12-31');
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (25, 18, 'lead', NULL, 1); -- 市公安局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (25, 42, 'cooperate', NULL, 2); -- 市委维稳办
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (25, 56, 'cooperate', NULL, 3); -- 市委维护稳定工作领导小组成员单位
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (25, 13, 'cooperate', NULL, 4); -- 各区(县级市)

-- 26、反恐怖工作建设项目。由市公安局牵头,市委维稳办、市反恐怖工作协调小组成员单位等配合。
INSERT INTO project (id, programme_id, number, title, status, progress, start_on, due_on) VALUES (26, 5, 26, '反恐怖工作建设项目', 'planned', 0, '2013-01-01', '2022-12-31');
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (26, 18, 'lead', NULL, 1); -- 市公安局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (26, 42, 'cooperate', NULL, 2); -- 市委维稳办
INSERT INTO assignment (project_id, unit_id, role, scope, position, wording_after) VALUES (26, 59, 'cooperate', NULL, 3, '等'); -- 市反恐怖工作协调小组成员单位: the document writes “…成员单位等配合”

-- 27、群防群治建设项目。由市综治办牵头,市编办、市综治委成员单位和各区(县级市)配合。
INSERT INTO project (id, programme_id, number, title, status, progress, start_on, due_on) VALUES (27, 5, 27, '群防群治建设项目', 'planned', 0, '2013-01-01', '2022-12-31');
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (27, 58, 'lead', NULL, 1); -- 市综治办
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (27, 11, 'cooperate', NULL, 2); -- 市编办
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (27, 60, 'cooperate', NULL, 3); -- 市综治委成员单位
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (27, 13, 'cooperate', NULL, 4); -- 各区(县级市)

-- 28、“三道防线六张网络”建设项目。由市公安局牵头,市综治办、市综治委成员单位和各区(县级市)配合。
INSERT INTO project (id, programme_id, number, title, status, progress, start_on, due_on) VALUES (28, 5, 28, '“三道防线六张网络”建设项目', 'planned', 0, '2013-01-01', '2022-12-31');
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (28, 18, 'lead', NULL, 1); -- 市公安局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (28, 58, 'cooperate', NULL, 2); -- 市综治办
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (28, 60, 'cooperate', NULL, 3); -- 市综治委成员单位
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (28, 13, 'cooperate', NULL, 4); -- 各区(县级市)

-- 29、治安技防系统建设项目。由市公安局牵头,市视频建设领导小组成员单位和各区(县级市)配合。
INSERT INTO project (id, programme_id, number, title, status, progress, start_on, due_on) VALUES (29, 5, 29, '治安技防系统建设项目', 'planned', 0, '2013-01-01', '2022-12-31');
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (29, 18, 'lead', NULL, 1); -- 市公安局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (29, 61, 'cooperate', NULL, 2); -- 市视频建设领导小组成员单位
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (29, 13, 'cooperate', NULL, 3); -- 各区(县级市)

-- 30、“三打”长效机制建设项目。由市平安办牵头,市纪委、市委政法委、市直政法各部门、市打假办等单位和各区(县级市)配合。
INSERT INTO project (id, programme_id, number, title, status, progress, start_on, due_on) VALUES (30, 5, 30, '“三打”长效机制建设项目', 'planned', 0, '2013-01-01', '2022-12-31');
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (30, 62, 'lead', NULL, 1); -- 市平安办
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (30, 63, 'cooperate', NULL, 2); -- 市纪委
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (30, 15, 'cooperate', NULL, 3); -- 市委政法委
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (30, 43, 'cooperate', NULL, 4); -- 市直政法各部门
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (30, 64, 'cooperate', NULL, 5); -- 市打假办
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (30, 13, 'cooperate', NULL, 6); -- 各区(县级市)

-- 31、治安重点整治项目。由市综治办牵头,市综治委各专项领导小组及相关成员单位和各区(县级市)配合。
INSERT INTO project (id, programme_id, number, title, status, progress, start_on, due_on) VALUES (31, 5, 31, '治安重点整治项目', 'planned', 0, '2013-01-01', '2022-12-31');
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (31, 58, 'lead', NULL, 1); -- 市综治办
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (31, 65, 'cooperate', NULL, 2); -- 市综治委各专项领导小组及相关成员单位
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (31, 13, 'cooperate', NULL, 3); -- 各区(县级市)

-- 32、食品药品安全监管项目。食品安全监管由市食安办牵头,药品安全监管由市食品药品监管局牵头,市经贸委、市农业局、市公安局、市卫生局、市工商局、市质监局、市财政局等市食品安全委员会成员单位和各区(县级市)配合。
INSERT INTO project (id, programme_id, number, title, status, progress, start_on, due_on) VALUES (32, 5, 32, '食品药品安全监管项目', 'planned', 0, '2013-01-01', '2022-12-31');
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (32, 55, 'lead', '食品安全监管', 1); -- 市食安办
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (32, 54, 'lead', '药品安全监管', 2); -- 市食品药品监管局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (32, 66, 'cooperate', NULL, 3); -- 市经贸委
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (32, 46, 'cooperate', NULL, 4); -- 市农业局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (32, 18, 'cooperate', NULL, 5); -- 市公安局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (32, 29, 'cooperate', NULL, 6); -- 市卫生局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (32, 24, 'cooperate', NULL, 7); -- 市工商局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (32, 67, 'cooperate', NULL, 8); -- 市质监局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (32, 8, 'cooperate', NULL, 9); -- 市财政局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (32, 68, 'cooperate', NULL, 10); -- 市食品安全委员会成员单位
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (32, 13, 'cooperate', NULL, 11); -- 各区(县级市)

-- 33、环境安全监控项目。由市环保局牵头落实。
INSERT INTO project (id, programme_id, number, title, status, progress, start_on, due_on) VALUES (33, 5, 33, '环境安全监控项目', 'planned', 0, '2013-01-01', '2022-12-31');
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (33, 51, 'lead', NULL, 1); -- 市环保局

-- 34、安全生产监管项目。由市安监局牵头,市公安局、市建委、市交委、市农业局、广州海事局等单位和各区(县级市)配合。
INSERT INTO project (id, programme_id, number, title, status, progress, start_on, due_on) VALUES (34, 5, 34, '安全生产监管项目', 'planned', 0, '2013-01-01', '2022-12-31');
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (34, 53, 'lead', NULL, 1); -- 市安监局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (34, 18, 'cooperate', NULL, 2); -- 市公安局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (34, 27, 'cooperate', NULL, 3); -- 市建委
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (34, 50, 'cooperate', NULL, 4); -- 市交委
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (34, 46, 'cooperate', NULL, 5); -- 市农业局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (34, 69, 'cooperate', NULL, 6); -- 广州海事局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (34, 13, 'cooperate', NULL, 7); -- 各区(县级市)

-- 35、火灾事故防控项目。由市公安局牵头,市建委、市规划局、市水务局、市国土房管局、市财政局等单位和各区(县级市)配合。
INSERT INTO project (id, programme_id, number, title, status, progress, start_on, due_on) VALUES (35, 5, 35, '火灾事故防控项目', 'planned', 0, '2013-01-01', '2022-12-31');
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (35, 18, 'lead', NULL, 1); -- 市公安局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (35, 27, 'cooperate', NULL, 2); -- 市建委
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (35, 31, 'cooperate', NULL, 3); -- 市规划局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (35, 70, 'cooperate', NULL, 4); -- 市水务局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (35, 28, 'cooperate', NULL, 5); -- 市国土房管局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (35, 8, 'cooperate', NULL, 6); -- 市财政局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (35, 13, 'cooperate', NULL, 7); -- 各区(县级市)

-- 36、应急管理体系建设项目。由市应急办牵头,市应急委成员单位和各区(县级市)配合。
INSERT INTO project (id, programme_id, number, title, status, progress, start_on, due_on) VALUES (36, 5, 36, '应急管理体系建设项目', 'planned', 0, '2013-01-01', '2022-12-31');
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (36, 71, 'lead', NULL, 1); -- 市应急办
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (36, 72, 'cooperate', NULL, 2); -- 市应急委成员单位
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (36, 13, 'cooperate', NULL, 3); -- 各区(县级市)

-- 37、来穗人员出租屋服务管理项目。由市流动人员出租屋管理办牵头,市社工委、市流动人员出租屋管理工作领导小组成员单位和各区(县级市)配合。
INSERT INTO project (id, programme_id, number, title, status, progress, start_on, due_on) VALUES (37, 6, 37, '来穗人员出租屋服务管理项目', 'planned', 0, '2013-01-01', '2022-12-31');
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (37, 73, 'lead', NULL, 1); -- 市流动人员出租屋管理办
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (37, 38, 'cooperate', NULL, 2); -- 市社工委
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (37, 74, 'cooperate', NULL, 3); -- 市流动人员出租屋管理工作领导小组成员单位
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (37, 13, 'cooperate', NULL, 4); -- 各区(县级市)

-- 38、异地务工人员公共服务体系建设项目。由市社工委牵头,市委组织部、市发展改革委、市流动人员出租屋管理办、市总工会、市人力资源和社会保障局、市民政局、市卫生局、市人口计生局、市教育局、市司法局等单位配合。
INSERT INTO project (id, programme_id, number, title, status, progress, start_on, due_on) VALUES (38, 6, 38, '异地务工人员公共服务体系建设项目', 'planned', 0, '2013-01-01', '2022-12-31');
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (38, 38, 'lead', NULL, 1); -- 市社工委
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (38, 37, 'cooperate', NULL, 2); -- 市委组织部
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (38, 6, 'cooperate', NULL, 3); -- 市发展改革委
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (38, 73, 'cooperate', NULL, 4); -- 市流动人员出租屋管理办
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (38, 39, 'cooperate', NULL, 5); -- 市总工会
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (38, 9, 'cooperate', NULL, 6); -- 市人力资源和社会保障局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (38, 26, 'cooperate', NULL, 7); -- 市民政局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (38, 29, 'cooperate', NULL, 8); -- 市卫生局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (38, 32, 'cooperate', NULL, 9); -- 市人口计生局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (38, 25, 'cooperate', NULL, 10); -- 市教育局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (38, 19, 'cooperate', NULL, 11); -- 市司法局

-- 39、特殊人群服务管理项目。由市委政法委牵头,市法院、市检察院、市公安局、市司法局、市禁毒办、市卫生局、市民政局、市防范和处理邪教问题领导小组办公室、市国税局、市地税局等单位和各区(县级市)配合。
INSERT INTO project (id, programme_id, number, title, status, progress, start_on, due_on) VALUES (39, 6, 39, '特殊人群服务管理项目', 'planned', 0, '2013-01-01', '2022-12-31');
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (39, 15, 'lead', NULL, 1); -- 市委政法委
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (39, 16, 'cooperate', NULL, 2); -- 市法院
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (39, 17, 'cooperate', NULL, 3); -- 市检察院
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (39, 18, 'cooperate', NULL, 4); -- 市公安局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (39, 19, 'cooperate', NULL, 5); -- 市司法局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (39, 75, 'cooperate', NULL, 6); -- 市禁毒办
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (39, 29, 'cooperate', NULL, 7); -- 市卫生局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (39, 26, 'cooperate', NULL, 8); -- 市民政局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (39, 76, 'cooperate', NULL, 9); -- 市防范和处理邪教问题领导小组办公室
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (39, 77, 'cooperate', NULL, 10); -- 市国税局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (39, 78, 'cooperate', NULL, 11); -- 市地税局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (39, 13, 'cooperate', NULL, 12); -- 各区(县级市)

-- 40、特殊青少年群体服务管理项目。由团市委牵头,市法院、市检察院、市教育局、市公安局、市民政局、市司法局、市人力资源和社会保障局、市妇联等单位和各区(县级市)配合。
INSERT INTO project (id, programme_id, number, title, status, progress, start_on, due_on) VALUES (40, 6, 40, '特殊青少年群体服务管理项目', 'planned', 0, '2013-01-01', '2022-12-31');
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (40, 40, 'lead', NULL, 1); -- 团市委
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (40, 16, 'cooperate', NULL, 2); -- 市法院
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (40, 17, 'cooperate', NULL, 3); -- 市检察院
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (40, 25, 'cooperate', NULL, 4); -- 市教育局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (40, 18, 'cooperate', NULL, 5); -- 市公安局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (40, 26, 'cooperate', NULL, 6); -- 市民政局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (40, 19, 'cooperate', NULL, 7); -- 市司法局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (40, 9, 'cooperate', NULL, 8); -- 市人力资源和社会保障局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (40, 41, 'cooperate', NULL, 9); -- 市妇联
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (40, 13, 'cooperate', NULL, 10); -- 各区(县级市)

-- 41、境外来穗人员服务管理项目。由市公安局牵头,市外国人管理工作联席会议成员单位和各区(县级市)配合。
INSERT INTO project (id, programme_id, number, title, status, progress, start_on, due_on) VALUES (41, 6, 41, '境外来穗人员服务管理项目', 'planned', 0, '2013-01-01', '2022-12-31');
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (41, 18, 'lead', NULL, 1); -- 市公安局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (41, 79, 'cooperate', NULL, 2); -- 市外国人管理工作联席会议成员单位
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (41, 13, 'cooperate', NULL, 3); -- 各区(县级市)

-- 42、“两新”组织党建项目。由市委组织部牵头,市社工委、市经贸委、市民政局、市工商局、市总工会、市工商联等单位配合。
INSERT INTO project (id, programme_id, number, title, status, progress, start_on, due_on) VALUES (42, 7, 42, '“两新”组织党建项目', 'planned', 0, '2013-01-01', '2022-12-31');
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (42, 37, 'lead', NULL, 1); -- 市委组织部
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (42, 38, 'cooperate', NULL, 2); -- 市社工委
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (42, 66, 'cooperate', NULL, 3); -- 市经贸委
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (42, 26, 'cooperate', NULL, 4); -- 市民政局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (42, 24, 'cooperate', NULL, 5); -- 市工商局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (42, 39, 'cooperate', NULL, 6); -- 市总工会
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (42, 47, 'cooperate', NULL, 7); -- 市工商联

-- 43、社会组织建设项目。由市社工委牵头,市民政局、市财政局、市人力资源和社会保障局、市司法局、团市委、市总工会、市妇联等单位配合。
INSERT INTO project (id, programme_id, number, title, status, progress, start_on, due_on) VALUES (43, 7, 43, '社会组织建设项目', 'planned', 0, '2013-01-01', '2022-12-31');
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (43, 38, 'lead', NULL, 1); -- 市社工委
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (43, 26, 'cooperate', NULL, 2); -- 市民政局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (43, 8, 'cooperate', NULL, 3); -- 市财政局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (43, 9, 'cooperate', NULL, 4); -- 市人力资源和社会保障局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (43, 19, 'cooperate', NULL, 5); -- 市司法局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (43, 40, 'cooperate', NULL, 6); -- 团市委
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (43, 39, 'cooperate', NULL, 7); -- 市总工会
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (43, 41, 'cooperate', NULL, 8); -- 市妇联

-- 44、非公有制经济组织建设项目。由市经贸委牵头,市发展改革委、市法制办、市工商局、市科技和信息化局、市人力资源和社会保障局、市金融办、市工商联、市总工会等单位配合。
INSERT INTO project (id, programme_id, number, title, status, progress, start_on, due_on) VALUES (44, 7, 44, '非公有制经济组织建设项目', 'planned', 0, '2013-01-01', '2022-12-31');
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (44, 66, 'lead', NULL, 1); -- 市经贸委
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (44, 6, 'cooperate', NULL, 2); -- 市发展改革委
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (44, 2, 'cooperate', NULL, 3); -- 市法制办
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (44, 24, 'cooperate', NULL, 4); -- 市工商局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (44, 30, 'cooperate', NULL, 5); -- 市科技和信息化局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (44, 9, 'cooperate', NULL, 6); -- 市人力资源和社会保障局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (44, 80, 'cooperate', NULL, 7); -- 市金融办
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (44, 47, 'cooperate', NULL, 8); -- 市工商联
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (44, 39, 'cooperate', NULL, 9); -- 市总工会

-- 45、志愿服务组织运行体系项目。由市文明办、团市委牵头,市法制办、市编办、市发展改革委、市社工委、市民政局、市直机关工委、市发展志愿服务事业指导委员会成员单位配合。
INSERT INTO project (id, programme_id, number, title, status, progress, start_on, due_on) VALUES (45, 8, 45, '志愿服务组织运行体系项目', 'planned', 0, '2013-01-01', '2022-12-31');
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (45, 81, 'lead', NULL, 1); -- 市文明办
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (45, 40, 'lead', NULL, 2); -- 团市委
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (45, 2, 'cooperate', NULL, 3); -- 市法制办
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (45, 11, 'cooperate', NULL, 4); -- 市编办
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (45, 6, 'cooperate', NULL, 5); -- 市发展改革委
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (45, 38, 'cooperate', NULL, 6); -- 市社工委
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (45, 26, 'cooperate', NULL, 7); -- 市民政局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (45, 82, 'cooperate', NULL, 8); -- 市直机关工委
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (45, 83, 'cooperate', NULL, 9); -- 市发展志愿服务事业指导委员会成员单位

-- 46、志愿者队伍常态化建设项目。由团市委牵头,市文明办、市直机关工委、市综治办、市教育局、市民政局、市国资委、市经贸委等单位和各区(县级市)配合。
INSERT INTO project (id, programme_id, number, title, status, progress, start_on, due_on) VALUES (46, 8, 46, '志愿者队伍常态化建设项目', 'planned', 0, '2013-01-01', '2022-12-31');
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (46, 40, 'lead', NULL, 1); -- 团市委
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (46, 81, 'cooperate', NULL, 2); -- 市文明办
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (46, 82, 'cooperate', NULL, 3); -- 市直机关工委
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (46, 58, 'cooperate', NULL, 4); -- 市综治办
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (46, 25, 'cooperate', NULL, 5); -- 市教育局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (46, 26, 'cooperate', NULL, 6); -- 市民政局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (46, 49, 'cooperate', NULL, 7); -- 市国资委
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (46, 66, 'cooperate', NULL, 8); -- 市经贸委
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (46, 13, 'cooperate', NULL, 9); -- 各区(县级市)

-- 47、社区志愿服务项目。由市民政局牵头,团市委、市直机关工委、市公安局、市综治办、市教育局、市文化广电新闻出版局、市卫生局、市人口计生局、市司法局、市体育局等单位和各区(县级市)配合。
INSERT INTO project (id, programme_id, number, title, status, progress, start_on, due_on) VALUES (47, 8, 47, '社区志愿服务项目', 'planned', 0, '2013-01-01', '2022-12-31');
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (47, 26, 'lead', NULL, 1); -- 市民政局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (47, 40, 'cooperate', NULL, 2); -- 团市委
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (47, 82, 'cooperate', NULL, 3); -- 市直机关工委
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (47, 18, 'cooperate', NULL, 4); -- 市公安局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (47, 58, 'cooperate', NULL, 5); -- 市综治办
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (47, 25, 'cooperate', NULL, 6); -- 市教育局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (47, 84, 'cooperate', NULL, 7); -- 市文化广电新闻出版局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (47, 29, 'cooperate', NULL, 8); -- 市卫生局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (47, 32, 'cooperate', NULL, 9); -- 市人口计生局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (47, 19, 'cooperate', NULL, 10); -- 市司法局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (47, 85, 'cooperate', NULL, 11); -- 市体育局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (47, 13, 'cooperate', NULL, 12); -- 各区(县级市)

-- 48、公共文明创建志愿服务项目。由市文明办牵头,市直机关工委、市城管局、市安监局、市国土房管局、市老龄办、市发展志愿服务事业指导委员会成员单位配合。
INSERT INTO project (id, programme_id, number, title, status, progress, start_on, due_on) VALUES (48, 8, 48, '公共文明创建志愿服务项目', 'planned', 0, '2013-01-01', '2022-12-31');
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (48, 81, 'lead', NULL, 1); -- 市文明办
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (48, 82, 'cooperate', NULL, 2); -- 市直机关工委
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (48, 86, 'cooperate', NULL, 3); -- 市城管局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (48, 53, 'cooperate', NULL, 4); -- 市安监局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (48, 28, 'cooperate', NULL, 5); -- 市国土房管局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (48, 87, 'cooperate', NULL, 6); -- 市老龄办
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (48, 83, 'cooperate', NULL, 7); -- 市发展志愿服务事业指导委员会成员单位

-- 49、应急志愿服务项目。由市应急办、团市委牵头,市应急委成员单位、市红十字会等单位和各区(县级市)配合。
INSERT INTO project (id, programme_id, number, title, status, progress, start_on, due_on) VALUES (49, 8, 49, '应急志愿服务项目', 'planned', 0, '2013-01-01', '2022-12-31');
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (49, 71, 'lead', NULL, 1); -- 市应急办
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (49, 40, 'lead', NULL, 2); -- 团市委
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (49, 72, 'cooperate', NULL, 3); -- 市应急委成员单位
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (49, 88, 'cooperate', NULL, 4); -- 市红十字会
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (49, 13, 'cooperate', NULL, 5); -- 各区(县级市)

-- 50、道路交通秩序整治项目。由市交委、市公安局牵头,市综治办、市安监局、市工商局、市质监局、市经贸委、市城管局、市教育局、市残联等单位和各区(县级市)配合。
INSERT INTO project (id, programme_id, number, title, status, progress, start_on, due_on) VALUES (50, 9, 50, '道路交通秩序整治项目', 'planned', 0, '2013-01-01', '2022-12-31');
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (50, 50, 'lead', NULL, 1); -- 市交委
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (50, 18, 'lead', NULL, 2); -- 市公安局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (50, 58, 'cooperate', NULL, 3); -- 市综治办
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (50, 53, 'cooperate', NULL, 4); -- 市安监局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (50, 24, 'cooperate', NULL, 5); -- 市工商局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (50, 67, 'cooperate', NULL, 6); -- 市质监局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (50, 66, 'cooperate', NULL, 7); -- 市经贸委
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (50, 86, 'cooperate', NULL, 8); -- 市城管局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (50, 25, 'cooperate', NULL, 9); -- 市教育局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (50, 89, 'cooperate', NULL, 10); -- 市残联
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (50, 13, 'cooperate', NULL, 11); -- 各区(县级市)

-- 51、城乡交通保畅项目。由市建委、市公安局、市交委牵头,市科技和信息化局、市地铁总公司等单位配合。
INSERT INTO project (id, programme_id, number, title, status, progress, start_on, due_on) VALUES (51, 9, 51, '城乡交通保畅项目', 'planned', 0, '2013-01-01', '2022-12-31');
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (51, 27, 'lead', NULL, 1); -- 市建委
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (51, 18, 'lead', NULL, 2); -- 市公安局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (51, 50, 'lead', NULL, 3); -- 市交委
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (51, 30, 'cooperate', NULL, 4); -- 市科技和信息化局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (51, 90, 'cooperate', NULL, 5); -- 市地铁总公司

-- 52、文明交通行动项目。由市文明办牵头,市委宣传部、市公安局、市交委、市直机关工委、市人力资源和社会保障局、市建委、市规划局、市教育局、市城管局、团市委、市妇联、市残联、广州警备区和各区(县级市)配合。
INSERT INTO project (id, programme_id, number, title, status, progress, start_on, due_on) VALUES (52, 9, 52, '文明交通行动项目', 'planned', 0, '2013-01-01', '2022-12-31');
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (52, 81, 'lead', NULL, 1); -- 市文明办
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (52, 21, 'cooperate', NULL, 2); -- 市委宣传部
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (52, 18, 'cooperate', NULL, 3); -- 市公安局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (52, 50, 'cooperate', NULL, 4); -- 市交委
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (52, 82, 'cooperate', NULL, 5); -- 市直机关工委
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (52, 9, 'cooperate', NULL, 6); -- 市人力资源和社会保障局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (52, 27, 'cooperate', NULL, 7); -- 市建委
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (52, 31, 'cooperate', NULL, 8); -- 市规划局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (52, 25, 'cooperate', NULL, 9); -- 市教育局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (52, 86, 'cooperate', NULL, 10); -- 市城管局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (52, 40, 'cooperate', NULL, 11); -- 团市委
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (52, 41, 'cooperate', NULL, 12); -- 市妇联
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (52, 89, 'cooperate', NULL, 13); -- 市残联
INSERT INTO assignment (project_id, unit_id, role, scope, position, wording_after) VALUES (52, 91, 'cooperate', NULL, 14, '和'); -- 广州警备区: the document writes “广州警备区和各区(县级市)”, without 等单位
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (52, 13, 'cooperate', NULL, 15); -- 各区(县级市)

-- 53、公交优先发展项目。由市交委牵头,市建委、市规划局、市公安局、市财政局、市地铁总公司等单位配合。
INSERT INTO project (id, programme_id, number, title, status, progress, start_on, due_on) VALUES (53, 9, 53, '公交优先发展项目', 'planned', 0, '2013-01-01', '2022-12-31');
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (53, 50, 'lead', NULL, 1); -- 市交委
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (53, 27, 'cooperate', NULL, 2); -- 市建委
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (53, 31, 'cooperate', NULL, 3); -- 市规划局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (53, 18, 'cooperate', NULL, 4); -- 市公安局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (53, 8, 'cooperate', NULL, 5); -- 市财政局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (53, 90, 'cooperate', NULL, 6); -- 市地铁总公司

-- 54、网上政民互动建设项目。由市政府办公厅牵头,市监察局、市信访局、市科技和信息化局、市公安局、市法制办等单位和各区(县级市)配合。
INSERT INTO project (id, programme_id, number, title, status, progress, start_on, due_on) VALUES (54, 10, 54, '网上政民互动建设项目', 'planned', 0, '2013-01-01', '2022-12-31');
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (54, 4, 'lead', NULL, 1); -- 市政府办公厅
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (54, 5, 'cooperate', NULL, 2); -- 市监察局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (54, 33, 'cooperate', NULL, 3); -- 市信访局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (54, 30, 'cooperate', NULL, 4); -- 市科技和信息化局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (54, 18, 'cooperate', NULL, 5); -- 市公安局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (54, 2, 'cooperate', NULL, 6); -- 市法制办
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (54, 13, 'cooperate', NULL, 7); -- 各区(县级市)

-- 55、网络舆情引导机制建设项目。由市委宣传部牵头,市委维稳办、市公安局等单位配合。
INSERT INTO project (id, programme_id, number, title, status, progress, start_on, due_on) VALUES (55, 10, 55, '网络舆情引导机制建设项目', 'planned', 0, '2013-01-01', '2022-12-31');
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (55, 21, 'lead', NULL, 1); -- 市委宣传部
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (55, 42, 'cooperate', NULL, 2); -- 市委维稳办
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (55, 18, 'cooperate', NULL, 3); -- 市公安局

-- 56、网络管理体制机制建设项目。由市委宣传部牵头,市科技和信息化局、市公安局、市文化广电新闻出版局等单位配合。
INSERT INTO project (id, programme_id, number, title, status, progress, start_on, due_on) VALUES (56, 10, 56, '网络管理体制机制建设项目', 'planned', 0, '2013-01-01', '2022-12-31');
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (56, 21, 'lead', NULL, 1); -- 市委宣传部
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (56, 30, 'cooperate', NULL, 2); -- 市科技和信息化局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (56, 18, 'cooperate', NULL, 3); -- 市公安局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (56, 84, 'cooperate', NULL, 4); -- 市文化广电新闻出版局

-- 57、社会服务管理信息化建设项目。由市科技和信息化局牵头,市政府各职能部门配合。
INSERT INTO project (id, programme_id, number, title, status, progress, start_on, due_on) VALUES (57, 10, 57, '社会服务管理信息化建设项目', 'planned', 0, '2013-01-01', '2022-12-31');
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (57, 30, 'lead', NULL, 1); -- 市科技和信息化局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (57, 92, 'cooperate', NULL, 2); -- 市政府各职能部门

-- 58、广州政法信息网二期工程建设项目。由市委政法委牵头,市财政局、市发展改革委、市科技和信息化局、市保密局、市直政法各部门等单位配合。
INSERT INTO project (id, programme_id, number, title, status, progress, start_on, due_on) VALUES (58, 10, 58, '广州政法信息网二期工程建设项目', 'planned', 0, '2013-01-01', '2022-12-31');
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (58, 15, 'lead', NULL, 1); -- 市委政法委
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (58, 8, 'cooperate', NULL, 2); -- 市财政局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (58, 6, 'cooperate', NULL, 3); -- 市发展改革委
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (58, 30, 'cooperate', NULL, 4); -- 市科技和信息化局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (58, 93, 'cooperate', NULL, 5); -- 市保密局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (58, 43, 'cooperate', NULL, 6); -- 市直政法各部门

-- 59、基层组织建设项目。由市委组织部牵头,市人力资源和社会保障局、市财政局、市民政局等单位和各区(县级市)配合。
INSERT INTO project (id, programme_id, number, title, status, progress, start_on, due_on) VALUES (59, 11, 59, '基层组织建设项目', 'planned', 0, '2013-01-01', '2022-12-31');
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (59, 37, 'lead', NULL, 1); -- 市委组织部
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (59, 9, 'cooperate', NULL, 2); -- 市人力资源和社会保障局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (59, 8, 'cooperate', NULL, 3); -- 市财政局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (59, 26, 'cooperate', NULL, 4); -- 市民政局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (59, 13, 'cooperate', NULL, 5); -- 各区(县级市)

-- 60、基层政法综治维稳单位建设项目。由市委政法委牵头,市人力资源和社会保障局、市编办、市直政法各部门和各区(县级市)配合。
INSERT INTO project (id, programme_id, number, title, status, progress, start_on, due_on) VALUES (60, 11, 60, '基层政法综治维稳单位建设项目', 'planned', 0, '2013-01-01', '2022-12-31');
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (60, 15, 'lead', NULL, 1); -- 市委政法委
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (60, 9, 'cooperate', NULL, 2); -- 市人力资源和社会保障局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (60, 11, 'cooperate', NULL, 3); -- 市编办
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (60, 43, 'cooperate', NULL, 4); -- 市直政法各部门
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (60, 13, 'cooperate', NULL, 5); -- 各区(县级市)

-- 61、城乡社区服务管理项目。由市民政局牵头,市委组织部、市社工委、市编办、市综治办、市禁毒办、市财政局、市国土房管局、市文化广电新闻出版局、市卫生局、市人口计生局、市体育局、市老龄办等单位和各区(县级市)配合。
INSERT INTO project (id, programme_id, number, title, status, progress, start_on, due_on) VALUES (61, 11, 61, '城乡社区服务管理项目', 'planned', 0, '2013-01-01', '2022-12-31');
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (61, 26, 'lead', NULL, 1); -- 市民政局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (61, 37, 'cooperate', NULL, 2); -- 市委组织部
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (61, 38, 'cooperate', NULL, 3); -- 市社工委
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (61, 11, 'cooperate', NULL, 4); -- 市编办
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (61, 58, 'cooperate', NULL, 5); -- 市综治办
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (61, 75, 'cooperate', NULL, 6); -- 市禁毒办
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (61, 8, 'cooperate', NULL, 7); -- 市财政局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (61, 28, 'cooperate', NULL, 8); -- 市国土房管局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (61, 84, 'cooperate', NULL, 9); -- 市文化广电新闻出版局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (61, 29, 'cooperate', NULL, 10); -- 市卫生局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (61, 32, 'cooperate', NULL, 11); -- 市人口计生局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (61, 85, 'cooperate', NULL, 12); -- 市体育局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (61, 87, 'cooperate', NULL, 13); -- 市老龄办
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (61, 13, 'cooperate', NULL, 14); -- 各区(县级市)

-- 62、网格化管理项目。由市综治办牵头,市综治委成员单位和各区(县级市)配合。
INSERT INTO project (id, programme_id, number, title, status, progress, start_on, due_on) VALUES (62, 11, 62, '网格化管理项目', 'planned', 0, '2013-01-01', '2022-12-31');
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (62, 58, 'lead', NULL, 1); -- 市综治办
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (62, 60, 'cooperate', NULL, 2); -- 市综治委成员单位
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (62, 13, 'cooperate', NULL, 3); -- 各区(县级市)

-- 63、基层平安创建项目。由市综治办牵头,市综治委成员单位、广州供电局、广州市公安边防支队等单位和各区(县级市)配合。
INSERT INTO project (id, programme_id, number, title, status, progress, start_on, due_on) VALUES (63, 11, 63, '基层平安创建项目', 'planned', 0, '2013-01-01', '2022-12-31');
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (63, 58, 'lead', NULL, 1); -- 市综治办
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (63, 60, 'cooperate', NULL, 2); -- 市综治委成员单位
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (63, 94, 'cooperate', NULL, 3); -- 广州供电局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (63, 95, 'cooperate', NULL, 4); -- 广州市公安边防支队
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (63, 13, 'cooperate', NULL, 5); -- 各区(县级市)

-- 64、平安舆论宣传项目。由市委宣传部牵头,市委政法委、市综治办、市文化广电新闻出版局、团市委、市教育局、市直政法各部门、广州警备区等单位和各区(县级市)配合。
INSERT INTO project (id, programme_id, number, title, status, progress, start_on, due_on) VALUES (64, 12, 64, '平安舆论宣传项目', 'planned', 0, '2013-01-01', '2022-12-31');
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (64, 21, 'lead', NULL, 1); -- 市委宣传部
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (64, 15, 'cooperate', NULL, 2); -- 市委政法委
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (64, 58, 'cooperate', NULL, 3); -- 市综治办
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (64, 84, 'cooperate', NULL, 4); -- 市文化广电新闻出版局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (64, 40, 'cooperate', NULL, 5); -- 团市委
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (64, 25, 'cooperate', NULL, 6); -- 市教育局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (64, 43, 'cooperate', NULL, 7); -- 市直政法各部门
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (64, 91, 'cooperate', NULL, 8); -- 广州警备区
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (64, 13, 'cooperate', NULL, 9); -- 各区(县级市)

-- 65、平安文化引领项目。由市委宣传部牵头,市文化广电新闻出版局、市教育局、团市委、市直政法各部门和各区(县级市)配合。
INSERT INTO project (id, programme_id, number, title, status, progress, start_on, due_on) VALUES (65, 12, 65, '平安文化引领项目', 'planned', 0, '2013-01-01', '2022-12-31');
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (65, 21, 'lead', NULL, 1); -- 市委宣传部
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (65, 84, 'cooperate', NULL, 2); -- 市文化广电新闻出版局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (65, 25, 'cooperate', NULL, 3); -- 市教育局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (65, 40, 'cooperate', NULL, 4); -- 团市委
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (65, 43, 'cooperate', NULL, 5); -- 市直政法各部门
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (65, 13, 'cooperate', NULL, 6); -- 各区(县级市)

-- 66、全民修身项目。由市委宣传部牵头,市纪委、市社工委、市直机关工委、市文化广电新闻出版局、市体育局、市卫生局、市民政局、团市委等单位和各区(县级市)配合。
INSERT INTO project (id, programme_id, number, title, status, progress, start_on, due_on) VALUES (66, 12, 66, '全民修身项目', 'planned', 0, '2013-01-01', '2022-12-31');
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (66, 21, 'lead', NULL, 1); -- 市委宣传部
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (66, 63, 'cooperate', NULL, 2); -- 市纪委
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (66, 38, 'cooperate', NULL, 3); -- 市社工委
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (66, 82, 'cooperate', NULL, 4); -- 市直机关工委
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (66, 84, 'cooperate', NULL, 5); -- 市文化广电新闻出版局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (66, 85, 'cooperate', NULL, 6); -- 市体育局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (66, 29, 'cooperate', NULL, 7); -- 市卫生局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (66, 26, 'cooperate', NULL, 8); -- 市民政局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (66, 40, 'cooperate', NULL, 9); -- 团市委
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (66, 13, 'cooperate', NULL, 10); -- 各区(县级市)

-- 67、扬正气匡正义项目。由市委政法委牵头,市社工委、市委宣传部、市文明办、市直政法各部门和各区(县级市)配合。
INSERT INTO project (id, programme_id, number, title, status, progress, start_on, due_on) VALUES (67, 12, 67, '扬正气匡正义项目', 'planned', 0, '2013-01-01', '2022-12-31');
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (67, 15, 'lead', NULL, 1); -- 市委政法委
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (67, 38, 'cooperate', NULL, 2); -- 市社工委
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (67, 21, 'cooperate', NULL, 3); -- 市委宣传部
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (67, 81, 'cooperate', NULL, 4); -- 市文明办
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (67, 43, 'cooperate', NULL, 5); -- 市直政法各部门
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (67, 13, 'cooperate', NULL, 6); -- 各区(县级市)

-- 68、文化市场净化项目。由市文化广电新闻出版局牵头,市人大常委会法制工委、市法制办、市知识产权局等单位和各区(县级市)配合。
INSERT INTO project (id, programme_id, number, title, status, progress, start_on, due_on) VALUES (68, 12, 68, '文化市场净化项目', 'planned', 0, '2013-01-01', '2022-12-31');
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (68, 84, 'lead', NULL, 1); -- 市文化广电新闻出版局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (68, 1, 'cooperate', NULL, 2); -- 市人大常委会法制工委
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (68, 2, 'cooperate', NULL, 3); -- 市法制办
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (68, 96, 'cooperate', NULL, 4); -- 市知识产权局
INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (68, 13, 'cooperate', NULL, 5); -- 各区(县级市)

-- The four phases (推进步骤).
INSERT INTO phase (id, position, name, starts_on, ends_on, summary) VALUES (1, 1, '全面铺开', '2013-01-01', '2013-12-31',
  '创建平安广州工作自上而下、各系统各行业全面启动、形成声势。各职能部门特别是项目牵头单位要紧紧围绕十二个工程68个项目,于2013年3月底前研究制定本部门、本系统参与创建平安工作的实施方案,落实具体项目,逐一分解任务,责任到人,措施到位,形成创建指标体系。社会政治和治安状况进一步好转,人民群众安全感有所增强。');
INSERT INTO phase (id, position, name, starts_on, ends_on, summary) VALUES (2, 2, '系统推进', '2014-01-01', '2015-12-31',
  '党委领导、政府负责、社会协同、公众参与、法治保障的社会管理格局基本形成,全面实施平安创建工作项目,每年突破一批维稳和治安重点、难点问题,维稳长效机制基本健全,维护公共安全能力明显提高,影响社会稳定和社会治安的突出问题得到较好解决,人民群众安全感明显增强。');
INSERT INTO phase (id, position, name, starts_on, ends_on, summary) VALUES (3, 3, '形成体系', '2016-01-01', '2017-12-31',
  '根据形势发展变化,适时推出平安创建新项目,平安广州创建体系全面建成,防范违法犯罪、化解社会矛盾、消除安全隐患的各项工作制度化、常态化,各种社会矛盾和问题得到积极预防和有效治理,可持续稳定工作局面基本形成,人民群众安全感进一步提升,我市维护社会稳定和社会管理服务工作居全国前列,广州成为全国最稳定、最安全地区之一。');
INSERT INTO phase (id, position, name, starts_on, ends_on, summary) VALUES (4, 4, '巩固提高', '2018-01-01', '2022-12-31',
  '经济建设与社会建设协调发展,社会安定有序,人民群众安居乐业。');

-- Milestones: the implementation plans due from every lead unit, and the yearly evaluation (每年组织一次).
INSERT INTO milestone (id, due_on, title, kind, phase_id, project_id, done_on) VALUES (1, '2013-03-31', '各项目牵头单位研究制定实施方案', 'deadline', 1, NULL, NULL);
INSERT INTO milestone (id, due_on, title, kind, phase_id, project_id, done_on) VALUES (2, '2013-12-31', '2013年度创建平安广州考评', 'evaluation', 1, NULL, NULL);
INSERT INTO milestone (id, due_on, title, kind, phase_id, project_id, done_on) VALUES (3, '2014-12-31', '2014年度创建平安广州考评', 'evaluation', 2, NULL, NULL);
INSERT INTO milestone (id, due_on, title, kind, phase_id, project_id, done_on) VALUES (4, '2015-12-31', '2015年度创建平安广州考评', 'evaluation', 2, NULL, NULL);
INSERT INTO milestone (id, due_on, title, kind, phase_id, project_id, done_on) VALUES (5, '2016-12-31', '2016年度创建平安广州考评', 'evaluation', 3, NULL, NULL);
INSERT INTO milestone (id, due_on, title, kind, phase_id, project_id, done_on) VALUES (6, '2017-12-31', '2017年度创建平安广州考评', 'evaluation', 3, NULL, NULL);
INSERT INTO milestone (id, due_on, title, kind, phase_id, project_id, done_on) VALUES (7, '2018-12-31', '2018年度创建平安广州考评', 'evaluation', 4, NULL, NULL);
INSERT INTO milestone (id, due_on, title, kind, phase_id, project_id, done_on) VALUES (8, '2019-12-31', '2019年度创建平安广州考评', 'evaluation', 4, NULL, NULL);
INSERT INTO milestone (id, due_on, title, kind, phase_id, project_id, done_on) VALUES (9, '2020-12-31', '2020年度创建平安广州考评', 'evaluation', 4, NULL, NULL);
INSERT INTO milestone (id, due_on, title, kind, phase_id, project_id, done_on) VALUES (10, '2021-12-31', '2021年度创建平安广州考评', 'evaluation', 4, NULL, NULL);
INSERT INTO milestone (id, due_on, title, kind, phase_id, project_id, done_on) VALUES (11, '2022-12-31', '2022年度创建平安广州考评', 'evaluation', 4, NULL, NULL);

-- The indicators of the goal 一强二升三降.
INSERT INTO indicator (id, position, grp, name, direction, measure) VALUES (1, 1, 'strengthen', '群众安全感', 'up', '%');
INSERT INTO indicator (id, position, grp, name, direction, measure) VALUES (2, 2, 'raise', '破案率', 'up', '%');
INSERT INTO indicator (id, position, grp, name, direction, measure) VALUES (3, 3, 'raise', '起诉率', 'up', '%');
INSERT INTO indicator (id, position, grp, name, direction, measure) VALUES (4, 4, 'raise', '审结率', 'up', '%');
INSERT INTO indicator (id, position, grp, name, direction, measure) VALUES (5, 5, 'raise', '执结率', 'up', '%');
INSERT INTO indicator (id, position, grp, name, direction, measure) VALUES (6, 6, 'raise', '调解率', 'up', '%');
INSERT INTO indicator (id, position, grp, name, direction, measure) VALUES (7, 7, 'raise', '人民群众对政法工作的满意度', 'up', '%');
INSERT INTO indicator (id, position, grp, name, direction, measure) VALUES (8, 8, 'lower', '重大刑事案件', 'down', '起');
INSERT INTO indicator (id, position, grp, name, direction, measure) VALUES (9, 9, 'lower', '重大群体性事件', 'down', '起');
INSERT INTO indicator (id, position, grp, name, direction, measure) VALUES (10, 10, 'lower', '重大安全事故', 'down', '起');
