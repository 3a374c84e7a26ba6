-- test/reliability/texts.sql: varied input for the reliability scripts (our
-- own sentences; never the news corpus).  Creates rel_texts(id, body) and
-- rel_queries(id, q).
CREATE TABLE rel_texts (id int PRIMARY KEY, body text NOT NULL);
INSERT INTO rel_texts (id, body)
SELECT row_number() OVER (), body FROM (VALUES
	('教(jiao)育是一件長(zhǎng)期的事，職(zhi)(zhi)(zhi)業學校也不例外。'),
	('國(guó)家會(huì)議在北京(Běijīng)召開，代表們討論了城市交通。'),
	('學(xue2)生們在綠(lu:4)色的操場上跑步，女(nv3)孩子們在旁邊看書。'),
	('教（jiào）室裡的花( huā)開了，老師說徘徊(pái huái)不如行動。'),
	('<ruby>漢<rp>(</rp><rt>hàn</rt><rp>)</rp></ruby><ruby>字<rt>zì</rt></ruby>是中文(zhōngwén)的基礎。'),
	('專業(群(qun))的設置由本縣(區)教育局決定（化名）。'),
	('(一)總則 (二)細則 （三）附則：他(he)說這些條款在2022年(2022)生效。'),
	('簽署(RCEP)以後，名詞(Nc)和動詞(VH)的標注方法沒有變化。'),
	('银行行长在重庆参加音乐会，会计和校长都长大了，大家一起行走。'),
	('他还没有还书，得到的东西都得还给别人，这本书写得很好。'),
	('用Python写代码，发邮件到 someone@example.com 或者访问 https://example.org/docs?q=中文 。'),
	('ＧＤＰ增长了５％，ｇｄｐ的全角写法和半角ﾊﾝｶｸ一样可以搜索。'),
	('日本語の文章にも漢字(かんじ)が出てきます。カタカナとひらがなも混ざります。'),
	('한국어 문장도 검색할 수 있어야 합니다. 서울에서 만났어요.'),
	('表情符号😀👍🏽也是文本的一部分，异体字葛󠄀城也要保留。'),
	('CJK扩展B的字：𠀀𠀁𠀂，扩展G的字：𰀀，都有读音吗？'),
	('怎么样(zěnmeyàng)？这个问题很难回答，我们明天再讨论吧。'),
	('長(chang)(zhang)大以後，他成為了一名醫生，在醫院工作了很多年。'),
	('((((教(jiao) 未閉合的括號)) 和 ）（ 反向的括號 (jiao) 開頭的註音'),
	('xterm(1) 手冊第一節；面積(mm2)；價格(USD)；單詞(naive)；(コインランドリー)'),
	(repeat('職業教育工作會議在上海舉行，', 40)),
	(repeat('教(jiao)育(yu)', 60)),
	(repeat('中文(zhōngwén)搜索 search 测试 ', 30)),
	('Plain English text without any Chinese characters at all, 12345.'),
	('')
) AS t(body);

CREATE TABLE rel_queries (id int PRIMARY KEY, q text NOT NULL);
INSERT INTO rel_queries (id, q)
SELECT row_number() OVER (), q FROM (VALUES
	('教育'), ('职业'), ('教'), ('北京'), ('银行行长'), ('会议 代表'),
	('python'), ('example.org'), ('gdp'), ('漢字'), ('서울'), ('𠀀'),
	('医生 医院'), ('搜索 search'), ('不存在的词')
) AS t(q);
