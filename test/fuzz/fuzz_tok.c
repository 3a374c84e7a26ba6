/*-------------------------------------------------------------------------
 * fuzz_tok.c
 *	  libFuzzer harness: the search tokenizer (ac_tok.h).
 *
 * Invariants:
 *	 - tokens cover every input byte exactly once, in order, each 1 ..
 *	   AC_TOK_MAXLEN bytes, of a known token id; with annotations off there
 *	   is no annot token;
 *	 - a CJK token's next_cp is 0 or a CJK character; other tokens carry 0;
 *	 - annotations are invisible: the tokens of a raw text, annot tokens
 *	   left out, are the tokens of its cleaned text (same ids, bytes and
 *	   next_cp), which is what makes to_tsvector('annot_cjk', raw) equal
 *	   to_tsvector('annot_cjk', annot_clean(raw));
 *	 - the lexemes of every token (ac_lexeme.h, what annot_cjk indexes) are
 *	   1 .. AC_TOK_MAXLEN bytes of valid UTF-8, distinct, at most AC_LEX_MAX;
 *	   the first is the folded token; a bigram extends the unigram.
 *-------------------------------------------------------------------------
 */
#include "fuzz_common.h"
#include "ac_lexeme.h"
#include "ac_tok.h"
#include "ac_utf8.h"

typedef struct tok_log
{
	size_t		n;
	size_t		cap;
	ac_token   *v;
} tok_log;

static int
known_type(ac_tok_type t)
{
	switch (t)
	{
		case AC_TOK_WORD:
		case AC_TOK_NUMWORD:
		case AC_TOK_BLANK:
		case AC_TOK_HAN:
		case AC_TOK_KANA:
		case AC_TOK_HANGUL:
		case AC_TOK_NUMBER:
		case AC_TOK_EMAIL:
		case AC_TOK_URL:
		case AC_TOK_PUNCT:
		case AC_TOK_ANNOT:
			return 1;
		default:
			return 0;
	}
}

static void
check_lexemes(const unsigned char *tok, const ac_token *t)
{
	ac_lexemes	lx;
	char		folded[AC_LEX_BUFSIZE];
	bool		parts = (t->type == AC_TOK_EMAIL || t->type == AC_TOK_URL);
	int			nf = ac_lex_fold(tok, t->len, folded);
	int			n = ac_lex_token(tok, t->len, t->next_cp, parts, &lx);
	int			i,
				j;

	FUZZ_REQUIRE(n == lx.count && n >= 0 && n <= AC_LEX_MAX, "lexeme count");
	FUZZ_REQUIRE((n == 0) == (nf == 0), "no lexeme only when the token folds to nothing");
	if (n == 0)
		return;
	FUZZ_REQUIRE(lx.off[0] == 0 && lx.len[0] == nf && memcmp(lx.buf, folded, nf) == 0,
				 "first lexeme is the folded token");
	for (i = 0; i < n; i++)
	{
		FUZZ_REQUIRE(lx.len[i] >= 1 && lx.len[i] <= AC_TOK_MAXLEN, "lexeme length");
		FUZZ_REQUIRE(ac_utf8_valid((const unsigned char *) lx.buf + lx.off[i], lx.len[i]),
					 "lexeme is valid UTF-8");
		for (j = 0; j < i; j++)
			FUZZ_REQUIRE(lx.len[i] != lx.len[j] ||
						 memcmp(lx.buf + lx.off[i], lx.buf + lx.off[j], lx.len[i]) != 0,
						 "lexemes are distinct");
	}
	if (t->next_cp != 0 && n > 1)
		FUZZ_REQUIRE(n == 2 && lx.len[1] > lx.len[0] && lx.off[1] == 0,
					 "the bigram extends the unigram");
}

/* Byte order of two lexemes, as a tsvector sorts them. */
static int
lexeme_order(const char *a, size_t la, const char *b, size_t lb)
{
	int			c = memcmp(a, b, la < lb ? la : lb);

	if (c != 0)
		return c < 0 ? -1 : 1;
	return (la > lb) - (la < lb);
}

/*
 * GIN keys of annot_cjk_ops (ac_lex_gin_key) for two lexemes a and b (no
 * zero byte): exact keys are equal only for equal lexemes and keep byte
 * order, an exact key never equals a shared one, and every prefix of a
 * lexeme has a key whose range holds the lexeme's key.
 */
static void
check_gin_keys(const char *a, size_t la, const char *b, size_t lb)
{
	bool		ea,
				eb;
	uint64_t	ka = ac_lex_gin_key(a, la, false, &ea);
	uint64_t	kb = ac_lex_gin_key(b, lb, false, &eb);
	int			order = (ka > kb) - (ka < kb);
	size_t		n;

	if (ea && eb)
		FUZZ_REQUIRE(order == lexeme_order(a, la, b, lb), "exact GIN keys keep byte order");
	if (ea != eb)
		FUZZ_REQUIRE(ka != kb, "an exact GIN key is never shared");
	{
		size_t		first = 0;
		int			chars = ac_lex_cjk_chars(a, la, &first);

		/* one or two whole characters, the first of which is first bytes */
		FUZZ_REQUIRE(chars >= 0 && chars <= 2, "a lexeme is 0, 1 or 2 CJK characters");
		if (chars == 1)
			FUZZ_REQUIRE(first == la, "one character is the whole lexeme");
		if (chars == 2)
			FUZZ_REQUIRE(first > 0 && first < la &&
						 ac_lex_cjk_chars(a, first, &n) == 1 &&
						 ac_lex_cjk_chars(a + first, la - first, &n) == 1,
						 "two characters are two one-character lexemes");
	}
	for (n = 1; n <= la; n++)
	{
		bool		ep;
		uint64_t	kp = ac_lex_gin_key(a, n, true, &ep);
		uint64_t	mask = ac_lex_gin_prefix_mask(kp);

		FUZZ_REQUIRE((ka & mask) == (kp & mask) && ka >= kp, "a prefix's key range holds the lexeme");
		if (ep && eb && (lb < n || memcmp(a, b, n) != 0))
			FUZZ_REQUIRE((kb & mask) != (kp & mask), "an exact prefix key holds no other lexeme");
	}
}

/* Tokenize and check coverage; log the non-annot tokens when asked. */
static void
tokenize(const unsigned char *buf, size_t len, bool annotations, tok_log *log)
{
	ac_tokenizer t;
	ac_token	tok;
	size_t		pos = 0;

	ac_tok_init(&t, buf, len, annotations);
	while (ac_tok_next(&t, &tok))
	{
		FUZZ_REQUIRE(known_type(tok.type), "known token id");
		FUZZ_REQUIRE(tok.start == pos, "tokens are contiguous and in order");
		FUZZ_REQUIRE(tok.len >= 1 && tok.len <= AC_TOK_MAXLEN && tok.len <= len - pos,
					 "token length");
		FUZZ_REQUIRE(annotations || tok.type != AC_TOK_ANNOT, "no annot token when off");
		if (ac_tok_is_cjk(tok.type))
		{
			if (tok.next_cp != 0)
			{
				ac_uclass	c = ac_uclass_of(tok.next_cp);

				FUZZ_REQUIRE(c == AC_CLS_HAN || c == AC_CLS_KANA || c == AC_CLS_HANGUL,
							 "next_cp is CJK");
			}
		}
		else
			FUZZ_REQUIRE(tok.next_cp == 0, "next_cp only on CJK tokens");
		check_lexemes(buf + tok.start, &tok);
		pos += tok.len;
		if (log != NULL && tok.type != AC_TOK_ANNOT)
		{
			if (log->n == log->cap)
			{
				log->cap = log->cap ? log->cap * 2 : 64;
				log->v = realloc(log->v, log->cap * sizeof(ac_token));
				if (log->v == NULL)
					abort();
			}
			log->v[log->n++] = tok;
		}
	}
	FUZZ_REQUIRE(pos == len, "tokens cover the whole input");
	FUZZ_REQUIRE(!ac_tok_next(&t, &tok), "the tokenizer stays at its end");
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	unsigned char *buf = fuzz_copy(data, size);
	unsigned char *clean = malloc(size + 1);
	size_t		clen = ac_clean(buf, size, clean);
	tok_log		raw = {0, 0, NULL};
	tok_log		cln = {0, 0, NULL};
	size_t		i;

	tokenize(buf, size, false, NULL);
	tokenize(buf, size, true, &raw);
	/* the input's two halves as lexemes (lexemes have no zero byte) */
	if (memchr(data, 0, size) == NULL)
		check_gin_keys((const char *) data, size / 2, (const char *) data + size / 2, size - size / 2);
	tokenize(clean, clen, true, &cln);

	if (raw.n != cln.n)
		fprintf(stderr, "raw text: %zu tokens besides annotations, cleaned text: %zu\n",
				raw.n, cln.n);
	FUZZ_REQUIRE(raw.n == cln.n, "annotations are invisible: same token count");
	for (i = 0; i < raw.n; i++)
	{
		const ac_token *a = &raw.v[i];
		const ac_token *b = &cln.v[i];

		if (!(a->type == b->type && a->len == b->len &&
			  memcmp(buf + a->start, clean + b->start, a->len) == 0 &&
			  a->next_cp == b->next_cp))
			fprintf(stderr, "token %zu: raw %d \"%.*s\" next U+%04X, cleaned %d \"%.*s\" next U+%04X\n",
					i, a->type, (int) a->len, buf + a->start, a->next_cp,
					b->type, (int) b->len, clean + b->start, b->next_cp);
		FUZZ_REQUIRE(a->type == b->type, "annotations are invisible: same ids");
		FUZZ_REQUIRE(a->len == b->len && memcmp(buf + a->start, clean + b->start, a->len) == 0,
					 "annotations are invisible: same bytes");
		FUZZ_REQUIRE(a->next_cp == b->next_cp, "annotations are invisible: same next_cp");
	}
	free(raw.v);
	free(cln.v);
	free(clean);
	free(buf);
	return 0;
}
