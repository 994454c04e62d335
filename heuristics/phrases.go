package heuristics

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// chromePhrases are whole short blocks that are page chrome wherever they
// appear: a paragraph, list item or div whose entire text (normalised by
// NormalizePhrase) is one of these is dropped. Within a kind, entries are
// grouped by language (en, de, fr, es, it, pt, nl, pl, ru, tr, zh, ja, ko,
// ar; zh lists simplified and traditional forms). Only phrases that are
// never a whole paragraph of content belong here.
var chromePhrases = map[Kind][]string{
	// ad-slot labels and "continues below the ad" notes
	Ad: {
		// en
		"advertisement", "advertisements", "advertising", "ad", "ads", "sponsored",
		"sponsored content", "paid content", "paid post", "promoted", "promoted content",
		"story continues below advertisement", "article continues below advertisement",
		"continue reading below", "article continues below", "story continues below",
		"scroll to continue with content", "content continues below", "ad feedback",
		"report this ad", "ad choices", "adchoices", "skip advertisement",
		// de
		"anzeige", "werbung", "gesponsert", "werbeanzeige", "weiterlesen nach der anzeige",
		"weiter nach der anzeige", "artikel wird nach der anzeige fortgesetzt",
		// fr
		"publicité", "annonce", "sponsorisé", "contenu sponsorisé", "la suite après cette publicité",
		"la suite après la publicité",
		// es
		"publicidad", "patrocinado", "anuncio", "contenido patrocinado", "continúa leyendo",
		"espacio publicitario",
		// it
		"pubblicità", "sponsorizzato", "contenuto sponsorizzato", "continua dopo la pubblicità",
		// pt
		"publicidade", "anúncio", "conteúdo patrocinado", "continua após a publicidade",
		// nl
		"advertentie", "gesponsord", "gesponsorde inhoud",
		// pl
		"reklama", "sponsorowane", "artykuł sponsorowany", "materiał sponsorowany",
		"materiał partnera", "dalsza część artykułu pod reklamą", "dalsza część pod reklamą",
		// ru
		"реклама", "на правах рекламы", "спонсорский материал", "партнерский материал",
		"партнёрский материал", "продолжение после рекламы",
		// tr
		"reklam", "reklamlar", "sponsorlu", "sponsorlu içerik", "haberin devamı reklamdan sonra",
		// zh
		"广告", "廣告", "赞助内容", "贊助內容", "推广", "推廣",
		// ja
		"広告", "スポンサーリンク", "スポンサー", "プロモーション",
		// ko
		"광고", "스폰서", "후원 콘텐츠",
		// ar
		"إعلان", "اعلان", "إعلانات", "محتوى مدعوم", "محتوى برعاية",
		// other European languages
		"reklame", "annons", "mainos",
	},
	// share menus
	Share: {
		// en
		"share", "share via", "share this", "share this article", "share this story",
		"share this post", "share on facebook", "share on twitter", "share on x",
		"share on linkedin", "share on whatsapp", "share by email", "share article",
		"close extra sharing options", "more sharing options", "sharing options",
		"copy link", "copy link url", "copy url", "link copied", "copied", "copied!",
		"copy article link", "email", "e-mail", "facebook", "twitter", "x", "linkedin",
		"whatsapp", "reddit", "threads", "pinterest", "tweet", "pin it", "flipboard",
		"email facebook x linkedin threads reddit whatsapp", "follow us", "gift article",
		// de
		"teilen", "artikel teilen", "beitrag teilen", "diesen artikel teilen", "jetzt teilen",
		"auf facebook teilen", "per e-mail teilen", "link kopieren", "link kopiert",
		// fr
		"partager", "partager l'article", "partager cet article", "partagez", "partager sur facebook",
		"partager sur twitter", "partager par e-mail", "copier le lien", "lien copié",
		// es
		"compartir", "comparte", "compartir artículo", "comparte este artículo", "compartir esta noticia",
		"compartir en facebook", "compartir en twitter", "copiar enlace", "enlace copiado",
		// it
		"condividi", "condividi l'articolo", "condividi questo articolo", "condividi su facebook",
		"copia link", "link copiato",
		// pt
		"compartilhar", "compartilhe", "partilhar", "compartilhe esta notícia", "partilhar este artigo",
		"compartilhar no facebook", "copiar link", "link copiado",
		// nl
		"delen", "deel dit artikel", "artikel delen", "delen via", "delen op facebook",
		"link kopiëren", "link gekopieerd",
		// pl
		"udostępnij", "udostępnij artykuł", "udostępnij na facebooku", "podziel się", "kopiuj link",
		"skopiuj link", "link skopiowany",
		// ru
		"поделиться", "поделитесь", "поделиться статьей", "поделиться статьёй", "поделиться в соцсетях",
		"скопировать ссылку", "ссылка скопирована",
		// tr
		"paylaş", "paylaşın", "haberi paylaş", "bu haberi paylaş", "bu yazıyı paylaş",
		"facebook'ta paylaş", "bağlantıyı kopyala", "linki kopyala",
		// zh
		"分享", "分享到", "分享至", "分享文章", "分享此文", "分享本文", "复制链接", "複製連結", "複製鏈接",
		// ja
		"シェア", "シェアする", "この記事をシェア", "この記事をシェアする", "共有", "共有する",
		"リンクをコピー", "ツイート",
		// ko
		"공유", "공유하기", "기사 공유", "링크 복사", "url 복사",
		// ar
		"شارك", "مشاركة", "شارك المقال", "شارك الخبر", "مشاركة المقال", "نسخ الرابط", "تم نسخ الرابط",
		// other European languages
		"dela",
	},
	// audio-player chrome: "listen to this article"
	Audio: {
		// en
		"click here to listen to this article", "listen to this article",
		"listen to this story", "listen", "audio", "play", "pause", "0:00", "1x",
		"1.0x", "listen to article", "this article is also available as audio",
		// de
		"artikel anhören", "diesen artikel anhören", "beitrag anhören", "anhören", "vorlesen",
		"artikel vorlesen lassen",
		// fr
		"écouter cet article", "écouter l'article", "écouter",
		// es
		"escuchar", "escuchar artículo", "escuchar este artículo", "escucha este artículo",
		"escuchar la noticia",
		// it
		"ascolta l'articolo", "ascolta questo articolo", "ascolta",
		// pt
		"ouvir", "ouvir artigo", "ouvir este artigo", "ouça este artigo", "ouvir notícia",
		// nl
		"luister", "beluister dit artikel", "luister naar dit artikel", "voorlezen",
		// pl
		"posłuchaj", "posłuchaj artykułu", "odsłuchaj", "odsłuchaj artykuł", "słuchaj",
		// ru
		"слушать", "слушать статью", "прослушать статью", "послушать статью",
		// tr
		"dinle", "haberi dinle", "bu haberi dinle", "makaleyi dinle", "bu makaleyi dinleyin",
		"sesli dinle",
		// zh
		"收听本文", "收聽本文", "收听文章", "收聽文章", "听文章", "聽文章", "语音朗读", "語音朗讀",
		// ja
		"この記事を聞く", "記事を聞く", "音声で聞く", "記事を読み上げる", "読み上げ",
		// ko
		"기사 듣기", "본문 듣기", "음성으로 듣기", "듣기",
		// ar
		"استمع", "استمع للمقال", "استمع إلى المقال", "استمع إلى هذا المقال", "الاستماع إلى المقال",
	},
	// recirculation headings: related, read more, you may also like, more
	// to read, most read
	Related: {
		// en
		"more to read", "related", "related stories", "related articles", "related posts",
		"related content", "related coverage", "related links", "read more",
		"read next", "up next", "you may also like", "you might also like",
		"recommended", "recommended for you", "recommended stories", "most popular",
		"most read", "trending", "trending now", "more stories", "more from",
		"more news", "also read", "see also", "don't miss", "editor's picks",
		"top stories", "latest news", "latest stories", "popular stories",
		// de
		"mehr zum thema", "lesen sie auch", "das könnte sie auch interessieren",
		"das könnte sie interessieren", "auch interessant", "weitere artikel", "ähnliche artikel",
		"verwandte artikel", "passend zum thema", "meistgelesen", "meistgelesene artikel",
		"empfehlungen", "weiterlesen", "mehr lesen", "mehr artikel",
		// fr
		"à lire aussi", "lire aussi", "à lire également", "sur le même sujet", "sur le même thème",
		"dans la même rubrique", "articles similaires", "articles liés", "vous aimerez aussi",
		"vous pourriez aussi aimer", "ces articles pourraient vous intéresser", "les plus lus",
		"lire la suite", "à découvrir aussi", "à voir aussi", "nos recommandations",
		// es
		"te puede interesar", "también te puede interesar", "te podría interesar",
		"puede que te interese", "le puede interesar", "lee también", "lea también",
		"más noticias", "noticias relacionadas", "artículos relacionados", "lo más leído",
		"leer más", "sigue leyendo", "también te puede gustar", "te recomendamos",
		"más para leer", "relacionados",
		// it
		"leggi anche", "potrebbe interessarti", "potrebbe interessarti anche",
		"ti potrebbe interessare", "potrebbero interessarti", "ti potrebbe piacere",
		"articoli correlati", "notizie correlate", "i più letti", "più letti", "altre notizie",
		"leggi di più", "continua a leggere", "altro da leggere", "da non perdere",
		// pt
		"leia também", "veja também", "leia mais", "continue lendo", "leia a seguir",
		"notícias relacionadas", "artigos relacionados", "mais lidas", "mais lidos",
		"você também pode gostar", "você pode gostar", "pode te interessar",
		"recomendados para você", "mais notícias", "mais para ler",
		// nl
		"lees ook", "lees meer", "lees verder", "meer lezen", "meer om te lezen",
		"gerelateerde artikelen", "gerelateerd", "meer nieuws", "meest gelezen",
		"dit vind je misschien ook leuk", "misschien ook interessant", "ook interessant",
		"aanbevolen",
		// pl
		"czytaj także", "czytaj też", "czytaj również", "zobacz też", "zobacz także",
		"czytaj więcej", "czytaj dalej", "powiązane artykuły", "podobne artykuły",
		"najczęściej czytane", "najpopularniejsze", "polecane", "polecamy",
		"może cię zainteresować", "może cię również zainteresować", "więcej artykułów",
		"więcej do czytania",
		// ru
		"читайте также", "читайте еще", "читайте ещё", "читать далее", "читать дальше",
		"подробнее", "похожие статьи", "похожие материалы", "материалы по теме", "по теме",
		"еще по теме", "ещё по теме", "вам может понравиться", "вам также может понравиться",
		"самое читаемое", "популярное", "рекомендуем", "смотрите также", "другие новости",
		"что ещё почитать", "что еще почитать",
		// tr
		"ilgili haberler", "ilgili yazılar", "ilgili içerikler", "benzer haberler",
		"bunlar da ilginizi çekebilir", "ilginizi çekebilir", "bu haberler de ilginizi çekebilir",
		"bunları da okuyun", "devamını oku", "daha fazla oku", "okumaya devam et",
		"en çok okunanlar", "çok okunanlar", "önerilen", "diğer haberler",
		// zh
		"相关文章", "相關文章", "相关阅读", "相關閱讀", "相关新闻", "相關新聞", "相关推荐", "相關推薦",
		"推荐阅读", "推薦閱讀", "延伸阅读", "延伸閱讀", "阅读更多", "閱讀更多", "更多阅读", "更多閱讀",
		"阅读全文", "閱讀全文", "继续阅读", "繼續閱讀", "更多文章", "热门文章", "熱門文章",
		"猜你喜欢", "猜你喜歡", "你可能也喜欢", "你可能也喜歡", "为你推荐", "為你推薦",
		// ja
		"関連記事", "関連する記事", "関連ニュース", "あわせて読みたい", "合わせて読みたい",
		"こちらもおすすめ", "こちらの記事もおすすめ", "おすすめ記事", "あなたにおすすめ", "人気記事",
		"よく読まれている記事", "続きを読む", "もっと読む", "この記事を読んだ人はこんな記事も読んでいます",
		// ko
		"관련 기사", "관련기사", "관련 글", "관련글", "관련 뉴스", "추천 기사", "추천 글",
		"많이 본 뉴스", "많이 본 기사", "인기 기사", "함께 보면 좋은 글", "더 보기", "더보기",
		"더 읽기", "계속 읽기", "더 읽을거리",
		// ar
		"اقرأ أيضا", "اقرا ايضا", "اقرأ ايضا", "اقرأ المزيد", "المزيد للقراءة", "مقالات ذات صلة",
		"أخبار ذات صلة", "اخبار ذات صلة", "مواضيع ذات صلة", "موضوعات ذات صلة", "قد يعجبك أيضا",
		"قد يهمك", "قد يهمك أيضا", "الأكثر قراءة", "الاكثر قراءة", "شاهد أيضا",
		// other European languages
		"läs också",
	},
	// newsletter and subscription prompts, sign-in and sign-up buttons
	Newsletter: {
		// en
		"subscribe", "sign up", "sign up for our newsletter", "subscribe to our newsletter",
		"get the newsletter", "newsletter", "subscribe now", "already a subscriber? sign in",
		"sign in", "log in", "register", "create a free account", "support our journalism",
		"no credit card required", "start now", "get started", "start free trial", "try it free",
		"learn more", "contact us", "request a demo", "book a demo", "get a quote",
		// a thread's prompts to sign in and take part, below its posts
		"you must log in or register to reply here", "you must log in to answer this question",
		"you must be logged in to reply to this topic", "log in or register to reply",
		"not open for further replies", "start asking to get answers",
		"find the answer to your question by asking", "ask question",
		// the same prompts in de, fr, es
		"du musst dich einloggen oder registrieren, um hier zu antworten", "für weitere antworten geschlossen",
		"vous devez vous connecter ou vous inscrire pour répondre ici", "fermé à de nouvelles réponses",
		"debes iniciar sesión o registrarte para responder aquí", "no está abierto para más respuestas",
		// de
		"newsletter abonnieren", "jetzt abonnieren", "abonnieren", "newsletter bestellen",
		"zum newsletter anmelden", "melden sie sich für unseren newsletter an", "anmelden",
		"jetzt anmelden", "registrieren", "jetzt registrieren", "kostenlos registrieren",
		// fr
		"abonnez-vous", "s'abonner", "je m'abonne", "abonnez-vous à notre newsletter",
		"inscrivez-vous à notre newsletter", "s'inscrire à la newsletter", "recevez notre newsletter",
		"inscription à la newsletter", "lettre d'information", "se connecter", "s'inscrire",
		// es
		"suscríbete", "suscribirse", "suscríbete a nuestro boletín", "suscríbete a nuestra newsletter",
		"suscríbete al boletín", "recibe nuestro boletín", "boletín", "boletín de noticias",
		"regístrate", "iniciar sesión",
		// it
		"iscriviti", "iscriviti alla newsletter", "iscriviti alla nostra newsletter", "abbonati",
		"abbonati ora", "registrati", "accedi",
		// pt
		"inscreva-se", "assine", "assine já", "assine a newsletter", "assine nossa newsletter",
		"inscreva-se na newsletter", "receba nossa newsletter", "cadastre-se", "entrar", "saiba mais",
		// nl
		"abonneer", "abonneren", "nieuwsbrief", "schrijf je in voor onze nieuwsbrief",
		"inschrijven voor de nieuwsbrief", "meld je aan voor de nieuwsbrief", "inloggen", "aanmelden",
		// pl
		"subskrybuj", "zapisz się", "zapisz się do newslettera", "zapisz się na newsletter",
		"zaloguj się", "zarejestruj się",
		// ru
		"подписаться", "подпишитесь", "подписаться на рассылку", "подпишитесь на рассылку",
		"подпишитесь на нашу рассылку", "рассылка", "войти", "зарегистрироваться",
		// tr
		"abone ol", "abone olun", "bültenimize abone olun", "e-bültene abone ol", "e-bülten",
		"bülten", "giriş yap", "üye ol", "kayıt ol",
		// zh
		"订阅", "訂閱", "立即订阅", "立即訂閱", "订阅电子报", "訂閱電子報", "订阅通讯", "登录", "登入",
		"注册", "註冊",
		// ja
		"購読する", "ニュースレター", "ニュースレターに登録", "メールマガジン", "メルマガ登録",
		"ログイン", "会員登録", "無料会員登録",
		// ko
		"구독", "구독하기", "뉴스레터", "뉴스레터 구독", "뉴스레터 구독하기", "로그인", "회원가입",
		// ar
		"اشترك", "اشترك الآن", "النشرة البريدية", "النشرة الإخبارية", "اشترك في النشرة البريدية",
		"اشترك في نشرتنا الإخبارية", "تسجيل الدخول", "سجل الآن",
	},
	// cookie and consent banners: their buttons and one-line notices
	Consent: {
		// en
		"accept all cookies", "accept cookies", "accept all", "reject all", "allow all cookies",
		"allow all", "cookie settings", "cookie preferences", "manage cookies",
		"manage cookie preferences", "manage preferences", "we use cookies",
		"this website uses cookies", "this site uses cookies", "necessary cookies only",
		"only necessary cookies", "use necessary cookies only", "accept and close",
		"reject non-essential cookies", "do not sell or share my personal information",
		"do not sell my personal information", "your privacy choices",
		// de
		"alle akzeptieren", "alle cookies akzeptieren", "cookies akzeptieren", "alle ablehnen",
		"alle zulassen", "cookie-einstellungen", "cookie einstellungen", "einstellungen verwalten",
		"nur notwendige cookies", "wir verwenden cookies", "diese website verwendet cookies",
		"akzeptieren und schließen",
		// fr
		"tout accepter", "accepter les cookies", "accepter tous les cookies", "tout refuser",
		"paramètres des cookies", "gérer les cookies", "gérer mes préférences",
		"continuer sans accepter", "nous utilisons des cookies", "ce site utilise des cookies",
		// es
		"aceptar todo", "aceptar todas", "aceptar cookies", "aceptar todas las cookies",
		"rechazar todo", "rechazar todas", "configuración de cookies", "configurar cookies",
		"gestionar cookies", "utilizamos cookies", "este sitio web utiliza cookies",
		"solo cookies necesarias",
		// it
		"accetta tutto", "accetta tutti", "accetta tutti i cookie", "accetta i cookie",
		"rifiuta tutto", "rifiuta tutti", "impostazioni cookie", "gestisci cookie",
		"gestisci le preferenze", "utilizziamo i cookie", "questo sito utilizza cookie",
		"questo sito utilizza i cookie",
		// pt
		"aceitar todos", "aceitar cookies", "aceitar todos os cookies", "rejeitar todos",
		"configurações de cookies", "definições de cookies", "gerir cookies", "gerenciar cookies",
		"utilizamos cookies", "este site utiliza cookies", "este site usa cookies",
		// nl
		"alles accepteren", "alle cookies accepteren", "cookies accepteren", "alles weigeren",
		"cookie-instellingen", "cookie instellingen", "cookies beheren", "voorkeuren beheren",
		"wij gebruiken cookies", "deze website gebruikt cookies",
		// pl
		"akceptuj wszystkie", "zaakceptuj wszystkie", "akceptuję", "odrzuć wszystkie",
		"ustawienia cookies", "ustawienia plików cookie", "zarządzaj plikami cookie",
		"ta strona używa plików cookie", "używamy plików cookie",
		// ru
		"принять все", "принять cookie", "принять все cookie", "отклонить все", "настройки cookie",
		"настройки файлов cookie", "мы используем файлы cookie", "этот сайт использует файлы cookie",
		"сайт использует файлы cookie",
		// tr
		"tümünü kabul et", "çerezleri kabul et", "tüm çerezleri kabul et", "tümünü reddet",
		"çerez ayarları", "çerez tercihleri", "çerezleri yönet", "çerez kullanıyoruz",
		"bu site çerez kullanır", "bu web sitesi çerezleri kullanır",
		// zh
		"全部接受", "接受全部", "接受所有cookie", "接受 cookie", "全部拒绝", "全部拒絕", "cookie 设置",
		"cookie 設定", "cookie设置", "管理 cookie", "我们使用 cookie", "本网站使用 cookie",
		// ja
		"すべて同意する", "すべて受け入れる", "すべてのcookieを受け入れる", "cookieを受け入れる",
		"すべて拒否", "cookie設定", "クッキー設定", "クッキーを受け入れる",
		"当サイトではcookieを使用しています", "このサイトはクッキーを使用しています",
		// ko
		"모두 동의", "모두 허용", "쿠키 허용", "모든 쿠키 허용", "모두 거부", "쿠키 설정",
		"이 웹사이트는 쿠키를 사용합니다",
		// ar
		"قبول الكل", "قبول جميع ملفات تعريف الارتباط", "قبول ملفات تعريف الارتباط", "رفض الكل",
		"إعدادات ملفات تعريف الارتباط", "نحن نستخدم ملفات تعريف الارتباط",
		"يستخدم هذا الموقع ملفات تعريف الارتباط",
	},
	// comment-section headings and prompts
	Comments: {
		// en
		"comments", "comment", "leave a comment", "view comments", "show comments",
		"leave a reply", "post a comment", "add a comment", "join the discussion",
		"join the conversation", "no comments yet", "be the first to comment",
		"comments are closed", "load more comments", "reader comments",
		// de
		"kommentare", "kommentar", "kommentieren", "jetzt kommentieren", "kommentar schreiben",
		"schreiben sie einen kommentar", "kommentare anzeigen", "leserkommentare", "keine kommentare",
		// fr
		"commentaires", "commentaire", "commenter", "laisser un commentaire", "ajouter un commentaire",
		"réagir", "réagissez", "voir les commentaires", "aucun commentaire",
		// es
		"comentarios", "comentario", "comentar", "deja un comentario", "dejar un comentario",
		"deja una respuesta", "añadir comentario", "ver comentarios", "sin comentarios",
		// it
		"commenti", "commento", "commenta", "lascia un commento", "aggiungi un commento",
		"mostra commenti", "nessun commento",
		// pt
		"comentários", "comentário", "deixe um comentário", "deixe seu comentário",
		"deixe uma resposta", "adicionar comentário", "ver comentários", "sem comentários",
		// nl
		"reacties", "reactie", "reageer", "reageren", "laat een reactie achter", "plaats een reactie",
		"geen reacties", "bekijk reacties",
		// pl
		"komentarze", "komentarz", "skomentuj", "dodaj komentarz", "zostaw komentarz",
		"pokaż komentarze", "brak komentarzy",
		// ru
		"комментарии", "комментарий", "комментировать", "оставить комментарий",
		"оставьте комментарий", "добавить комментарий", "показать комментарии", "нет комментариев",
		// tr
		"yorumlar", "yorum", "yorum yap", "yorum yaz", "yorum bırakın", "yorumları göster",
		"henüz yorum yok",
		// zh
		"评论", "評論", "留言", "发表评论", "發表評論", "查看评论", "查看評論", "暂无评论", "暫無評論",
		"网友评论", "網友評論", "全部评论", "全部評論", "写评论", "寫評論",
		// ja
		"コメント", "コメントする", "コメントを書く", "コメントを残す", "コメントを投稿", "コメント一覧",
		"コメントはまだありません",
		// ko
		"댓글", "댓글 쓰기", "댓글쓰기", "댓글 달기", "댓글 보기", "댓글을 남겨주세요",
		// ar
		"التعليقات", "تعليقات", "تعليق", "أضف تعليق", "اضف تعليق", "أضف تعليقا", "اترك تعليقا",
		"عرض التعليقات", "لا توجد تعليقات",
	},
	// page tools and post buttons
	Tools: {
		// en
		"print", "print this page", "save", "save article", "bookmark", "font size",
		"text size", "back to top", "top",
		"reply", "quote", "report", "like", "permalink", "edit", "flag", "upvote", "downvote",
		// expanders of a collapsed quote or post
		"click to expand", "click to shrink", "click to collapse",
		// a thread's tool menu and posting-permissions box
		"thread tools", "show printable version", "subscribe to this thread", "search thread",
		"forum jump", "jump to", "you may not post new threads", "you may not post replies",
		"you may not post attachments", "you may not edit your posts", "html code is off",
		"top posters in this topic",
		// de
		"drucken", "nach oben", "zurück nach oben", "antworten",
		"zum vergrößern anklicken", "zum erweitern klicken",
		// fr
		"imprimer", "retour en haut", "haut de page", "répondre",
		"cliquez pour agrandir", "cliquez pour développer",
		// es, pt
		"imprimir", "volver arriba", "voltar ao topo", "responder",
		"haz clic para expandir", "clic para expandir", "clique para expandir",
		// it
		"stampa", "torna su", "rispondi", "clicca per espandere",
		// nl
		"afdrukken", "terug naar boven", "beantwoorden", "klik om uit te vouwen",
		// pl
		"drukuj", "do góry", "odpowiedz",
		// ru
		"печать", "наверх", "ответить",
		// tr
		"yazdır", "başa dön", "yanıtla", "cevapla",
		// zh
		"打印", "列印", "返回顶部", "回到頂部", "回复", "回覆",
		// ja
		"印刷", "ページトップへ", "トップへ戻る", "返信", "返信する",
		// ko
		"인쇄", "맨 위로", "답글", "답글 달기",
		// ar
		"طباعة", "العودة للأعلى", "رد",
	},
}

// Reading-time and counter patterns are written against normalised text:
// lower case, dotless ı folded to i, full-width forms and Arabic-Indic
// digits folded to ASCII.
var (
	// readingPrefix opens a reading time in the Latin- and Cyrillic-script
	// languages: "Reading time:", "Lesezeit", "Czas czytania:", "Время чтения:".
	readingPrefix = `(?:(?:estimated )?read(?:ing)? time|lesezeit|lesedauer|tiempo (?:estimado )?de lectura|lectura(?: de)?|` +
		`temps de lecture|tempo di lettura|lettura|tempo de leitura|leitura|leestijd|leesduur|` +
		`czas (?:czytania|lektury)|время (?:чтения|прочтения|на чтение)|(?:tahmini )?okuma süresi)` +
		` ?:? ?(?:~|ca\.? |approx\.? |environ |aprox\.? |circa |около |yaklaşik |ok\.? )?`
	// readingUnit is a minute in those languages.
	readingUnit = `(?:min|mins|minute|minutes|minuten|minutos|minuti|minut|minuty|minuta|мин|минута|минуты|минут|dakika|dakikalik|dk)`
	// readingSuffix closes one: "read", "Lesezeit", "de lecture", "czytania", "чтения", "okuma".
	readingSuffix = `(?: (?:read|lesezeit|de lectura|de lecture|di lettura|de leitura|leestijd|czytania|lektury|чтения|на чтение|okuma(?: süresi)?))?`
)

// chromePatterns are short-block patterns: reading times, media timestamps
// and playback speeds, counters and photo credits. Patterns marked digit
// only match text with a digit, and are not tried on text without one.
var chromePatterns = []struct {
	kind  Kind
	digit bool
	re    *anchoredPattern
}{
	// reading time, Latin and Cyrillic scripts: "4 min read", "Reading time: 3 minutes",
	// "Lesezeit 4 Min.", "5 minutos de lectura", "Czas czytania: 5 min", "5 минут чтения",
	// "Okuma süresi: 5 dakika"
	{Byline, true, mustAnchored(`^(?:` + readingPrefix + `)?~?\d{1,3} ?` + readingUnit + `\.?` + readingSuffix + `$`)},
	// reading time, Chinese: "閱讀時間 5 分鐘", "阅读时间：约5分钟", "5 分钟阅读"
	{Byline, true, mustAnchored(`^(?:(?:(?:预计|預計)?(?:阅读|閱讀)(?:时间|時間|时长|時長|需要)?) ?:? ?(?:约|約|大约|大約)? ?\d{1,3} ?(?:分钟|分鐘)|(?:约|約)? ?\d{1,3} ?(?:分钟|分鐘) ?(?:阅读|閱讀|读完|讀完))$`)},
	// reading time, Japanese: "5分で読めます", "この記事は約5分で読めます", "読了時間：約5分"
	{Byline, true, mustAnchored(`^(?:(?:この記事は)?(?:約|およそ)? ?\d{1,3} ?分で(?:読めます|読める|読了)|(?:読了|読み終わる)(?:時間|目安|まで)(?:の目安)? ?:? ?(?:約|およそ)? ?\d{1,3} ?分(?:程度|ほど)?)$`)},
	// reading time, Korean: "5분 읽기", "읽는 시간 5분", "예상 읽기 시간: 5분"
	{Byline, true, mustAnchored(`^(?:(?:약 )?\d{1,3} ?분 (?:읽기|분량)|(?:예상 )?(?:읽는|읽기|읽을) ?시간 ?:? ?(?:약 )?\d{1,3} ?분)$`)},
	// reading time, Arabic: "5 دقائق للقراءة", "وقت القراءة: 5 دقائق"
	{Byline, true, mustAnchored(`^(?:(?:وقت|مدة|زمن) القراءة ?:? ?(?:حوالي |نحو )?\d{1,3} ?(?:دقائق|دقيقة|د)|(?:حوالي |نحو )?\d{1,3} ?(?:دقائق|دقيقة) (?:للقراءة|قراءة))$`)},
	// "0:00", "12:34 / 45:00"
	{Audio, true, mustAnchored(`^\d{1,2}:\d{2}(?::\d{2})?(?: ?/ ?\d{1,2}:\d{2}(?::\d{2})?)?$`)},
	// playback speeds "1x", "1.5x"
	{Audio, true, mustAnchored(`^\d(?:[.,]\d{1,2})?x$`)},
	// "this is read by an automated voice..." and similar TTS notices
	{Audio, false, mustAnchored(`^(?:this (?:article |story |audio |text )?)?(?:is |was )?(?:being )?(?:read|narrated|voiced|generated) (?:aloud )?by an? (?:automated|artificial|synthetic|ai|computer[- ]generated)?(?:[- ]generated)? ?voice`)},
	// "Last edited by jdoe on Sat Jan 24, 2026 9:11 am, edited 1 time in total."
	{Byline, false, mustAnchored(`^(?:last )?(?:edited|modified|updated) by \S.{0,120}$`)},
	// "View all posts by Jane Doe", "More articles by Jane Doe"
	{AuthorBio, false, mustAnchored(`^(?:view|see|read|more) (?:all |more )?(?:posts|articles|stories|columns) (?:by|from) \S.{0,60}$`)},
	// calls to action: "Start your 14-day free trial", "Book a demo", "Get started"
	{Newsletter, false, mustAnchored(`^(?:start|try|get|begin|claim|book|request|schedule|sign up for|sign up and try) (?:your |a |my |our )?(?:free |\d+[- ]day )?(?:free )?(?:trial|demo|quote|consultation|started|now)\b.{0,60}$`)},
	// "2 likes", "15 upvotes", "3 people found this helpful"
	{Tools, true, mustAnchored(`^\d+ (?:likes?|upvotes?|votes?|points?|reactions?|people found this helpful)$`)},
	// "12 comments", "Comments (3)", "12 Kommentare", "3 commentaires", "5 комментариев",
	// "12条评论", "3件のコメント", "댓글 3", "12 تعليقا"
	{Comments, true, mustAnchored(`^(?:\d+ (?:comments?|responses?|replies|kommentare?|commentaires?|comentarios?|comentários?|commenti|commento|reacties|reactie|komentarz[ey]?|комментари(?:й|я|ев)|yorum|تعليقا?|تعليقات)|` +
		`(?:comments?|kommentare|commentaires|comentarios|comentários|commenti|reacties|komentarze|комментарии|yorumlar|评论|評論|留言|コメント|댓글|التعليقات|تعليقات) ?\(\d+\)|` +
		`\d+ ?(?:条评论|條評論|则留言|則留言|条留言|件のコメント|개의 댓글)|(?:댓글|コメント) ?\d+)$`)},
	// a shop's sort and filter controls: "Sort by: Best selling", "Sort: Best Match",
	// "Filter & Sort", "Sortieren nach", "Trier par", "Ordenar por"
	{Tools, false, mustAnchored(`^(?:(?:sort by|sortieren nach|trier par|ordenar por|ordina per|sorteer op)(?: ?: ?[^:]{1,30})?|sort ?: ?[^:]{1,30}|` +
		`(?:filter|filtern|filtrer|filtrar|filtra|filteren) ?(?:&|and|und|et|y|e|en) ?(?:sort|sortieren|trier|ordenar|ordina|sorteren)|` +
		`(?:sort|sortieren|trier|ordenar|ordina|sorteren) ?(?:&|and|und|et|y|e|en) ?(?:filter|filtern|filtrer|filtrar|filtra|filteren))$`)},
	// a grid's counter: "Showing all 39 results", "Showing 1–24 of 338 products", "Showing 36 of 84"
	{Tools, true, mustAnchored(`^showing (?:all )?\d[\d,.]*(?: ?[-–] ?\d[\d,.]*)?(?: of \d[\d,.]*)?(?: results?| products?| items?)?$`)},
	// "(Getty Images)", "Photo: Jane Doe/AP", "(AP Photo/Matias Delacroix)"
	{Caption, false, mustAnchored(`^(?:\(?(?:photo|photograph|image|picture|foto|bild|credit|illustration)s?(?: by| credit)?[: ].{1,80}|\((?:[^()]{0,80}(?:getty|ap photo|reuters|afp|epa|shutterstock|images|photo|pool)[^()]{0,80})\))$`)},
}

// creditSuffix matches a photo credit closing a caption: "(Photo by Jane
// Doe / The Gazette)", "(AP Photo/Matias Delacroix)", "(Getty Images)".
var creditSuffix = regexp.MustCompile(`\((?:[^()]{0,80}(?:photo|photograph|foto|image|picture|illustration|credit|getty|reuters|afp|epa|shutterstock|associated press|pool)[^()]{0,80}|[^()]{1,60} / [^()]{1,60})\)\.?$`)

// CreditCaption reports whether a short block ends with a photo credit, as
// image captions do.
func CreditCaption(text string) bool {
	n := NormalizePhrase(text)
	return len(n) <= 2*MaxChromeLen && creditSuffix.MatchString(n)
}

// bylinePrefixes start a byline block: "By Jane Doe", "Von Max Muster".
var bylinePrefixes = []string{
	"by ", "von ", "por ", "par ", "di ", "door ", "av ", "af ", "autor: ",
	"author: ", "written by ", "posted by ", "words by ", "reporting by ",
}

// chromeIndex maps a normalised phrase to its kind; built once from chromePhrases.
var chromeIndex = func() map[string]Kind {
	m := make(map[string]Kind)
	for kind, phrases := range chromePhrases {
		for _, p := range phrases {
			m[NormalizePhrase(p)] = kind
		}
	}
	return m
}()

// MaxChromeLen is the longest block, in bytes of normalised text, that the
// phrase tables are tried on; longer blocks are never chrome by phrase.
const MaxChromeLen = 160

// ChromePhrase reports whether a short block's whole text is page chrome
// ("Advertisement", "Share via", "4 min read", "0:00") and of which kind.
func ChromePhrase(text string) (Kind, bool) {
	if len(text) > MaxChromeLen*2 {
		return None, false
	}
	return ChromePhraseNorm(NormalizePhrase(text))
}

// ChromePhraseNorm is ChromePhrase for a text NormalizePhrase gave: callers
// that normalise a block once and ask several tables skip the re-check.
func ChromePhraseNorm(n string) (Kind, bool) {
	if n == "" || len(n) > MaxChromeLen {
		return None, false
	}
	if k, ok := chromeIndex[n]; ok {
		return k, true
	}
	digit := hasDigit(n)
	for _, p := range chromePatterns {
		if (digit || !p.digit) && p.re.MatchString(n) {
			return p.kind, true
		}
	}
	return None, false
}

// hasDigit reports whether s holds an ASCII digit, as every reading time,
// counter, timestamp, dateline and price does.
func hasDigit(n string) bool {
	for i := 0; i < len(n); i++ {
		if n[i] >= '0' && n[i] <= '9' {
			return true
		}
	}
	return false
}

// bioHeadingPrefixes start headings of author biographies ("About the
// author"), by language. Normalised once at start-up.
var bioHeadingPrefixes = normalizeAll([]string{
	// en
	"about the author", "about the reviewer", "about the writer", "about the contributor",
	"about the authors", "about the editor", "author bio", "meet the author", "written by",
	// de
	"über den autor", "über die autorin", "über die autoren", "zum autor", "zur autorin",
	// fr
	"à propos de l'auteur", "à propos de l’auteur", "à propos de l'autrice", "à propos des auteurs",
	"sur l'auteur",
	// es
	"sobre el autor", "sobre la autora", "sobre los autores", "acerca del autor", "acerca de la autora",
	// it
	"sull'autore", "sull'autrice", "informazioni sull'autore",
	// pt
	"sobre o autor", "sobre a autora", "sobre os autores",
	// nl
	"over de auteur", "over de auteurs", "over de schrijver",
	// pl
	"o autorze", "o autorce", "o autorach",
	// ru
	"об авторе", "об авторах",
	// tr
	"yazar hakkında", "yazarlar hakkında",
	// zh
	"关于作者", "關於作者", "作者简介", "作者簡介", "作者介绍", "作者介紹",
	// ja
	"著者について", "著者プロフィール", "著者紹介", "筆者について", "この記事を書いた人", "ライター紹介",
	// ko
	"저자 소개", "작성자 소개", "필자 소개", "기자 소개", "글쓴이 소개",
	// ar
	"عن الكاتب", "عن المؤلف", "نبذة عن الكاتب", "نبذة عن المؤلف", "حول الكاتب", "حول المؤلف",
	// other European languages
	"om skribenten",
})

// BioHeading reports whether a heading's text introduces an author
// biography ("About the author", "Über den Autor").
func BioHeading(text string) bool {
	return BioHeadingNorm(NormalizePhrase(text))
}

// BioHeadingNorm is BioHeading for a text NormalizePhrase gave.
func BioHeadingNorm(n string) bool {
	if len(n) > 80 {
		return false
	}
	for _, p := range bioHeadingPrefixes {
		if strings.HasPrefix(n, p) {
			return true
		}
	}
	return false
}

// RelatedHeading reports whether a heading's text introduces a
// recirculation block ("More to Read", "Related stories", "Lesen Sie auch").
func RelatedHeading(text string) bool {
	return RelatedHeadingNorm(NormalizePhrase(text))
}

// RelatedHeadingNorm is RelatedHeading for a text NormalizePhrase gave.
func RelatedHeadingNorm(n string) bool {
	if len(n) > 60 {
		return false
	}
	if k, ok := chromeIndex[n]; ok && k == Related {
		return true
	}
	for _, p := range relatedHeadingPrefixes {
		if strings.HasPrefix(n, p) {
			return true
		}
	}
	return false
}

// relatedHeadingPrefixes start headings of recirculation rails ("More from
// the Daily Planet", "Mehr aus dem Ressort"), by language; whole headings
// are in chromePhrases[Related]. Chinese, Japanese and Korean have only
// whole headings there: their words for "related" and "more" also start
// headings of content. Normalised once at start-up.
var relatedHeadingPrefixes = normalizeAll(append([]string{
	// en
	"more to read", "more from", "more on ", "more in ", "more about", "related", "read more",
	"you may also", "you might also", "recommended", "most popular", "most read",
	"more stories", "more news", "further reading", "also on ", "trending",
	// de
	"mehr zum thema", "mehr aus", "mehr von", "lesen sie auch", "weitere artikel", "ähnliche artikel",
	"meistgelesen",
	// fr
	"plus de", "à lire", "articles similaires", "les plus lus", "vous aimerez",
	// es
	"más de", "más sobre", "noticias relacionadas", "artículos relacionados", "lo más leído",
	// it
	"altri articoli", "leggi anche", "articoli correlati", "i più letti",
	// pt
	"mais sobre", "leia também", "veja também", "mais lidas", "mais lidos",
	// nl
	"meer over", "lees ook", "meer nieuws", "gerelateerde", "meest gelezen",
	// pl
	"czytaj także", "czytaj też", "zobacz też", "zobacz także", "powiązane", "najczęściej czytane",
	"więcej z ",
	// ru
	"читайте также", "похожие", "ещё по теме", "еще по теме", "другие новости", "самое читаемое",
	// tr
	"ilgili haberler", "benzer haberler", "en çok okunan", "bunlar da",
	// ar
	"اقرأ أيضا", "المزيد من", "الأكثر قراءة",
}, shopRailPrefixes...))

// shopRailPrefixes start the headings of a shop's recommendation rails
// below a product: "People who viewed this item also viewed", "Frequently
// bought together", "Similar items", "Recently viewed", by language.
var shopRailPrefixes = []string{
	// en
	"people who viewed", "people who bought", "customers who viewed", "customers who bought",
	"customers also", "others like you also", "this is what customers", "frequently bought together",
	"similar items", "similar products", "compare with similar", "explore related",
	"recently viewed", "your recently viewed", "you may also need", "complete the look", "shop the look",
	// de
	"kunden kauften auch", "kunden, die", "ähnliche produkte", "ähnliche artikel", "zuletzt angesehen",
	"wird oft zusammen gekauft", "häufig zusammen gekauft",
	// fr
	"les clients ont aussi", "les clients qui ont", "produits similaires", "produits associés",
	"récemment consultés", "fréquemment achetés ensemble",
	// es
	"los clientes también", "productos relacionados", "productos similares", "vistos recientemente",
	"comprados juntos habitualmente", "se compran juntos",
	// it
	"i clienti hanno acquistato anche", "prodotti correlati", "prodotti simili", "visti di recente",
	"spesso comprati insieme",
	// pt
	"quem comprou", "quem viu", "produtos relacionados", "produtos semelhantes", "vistos recentemente",
	"comprados juntos",
	// nl
	"klanten kochten ook", "anderen bekeken ook", "vergelijkbare producten", "recent bekeken",
	"vaak samen gekocht",
}

// BylineText reports whether a short text reads like a byline ("By Jane
// Doe", "Von Max Muster und Erika Beispiel").
func BylineText(text string) bool {
	return BylineTextNorm(NormalizePhrase(text))
}

// BylineTextNorm is BylineText for a text NormalizePhrase gave.
func BylineTextNorm(n string) bool {
	if len(n) > 100 {
		return false
	}
	for _, p := range bylinePrefixes {
		if strings.HasPrefix(n, p) && len(n) > len(p) {
			return true
		}
	}
	return n == "by"
}

// proseOpenings are the first two words of sentences that begin like a
// byline prefix but go on as prose: "By the end of this tutorial…", "Par
// exemple…", "Por lo tanto…". A byline's second word is a name.
var proseOpenings = []string{
	"by the ", "by a ", "by an ", "by this ", "by these ", "by now ", "by then ",
	"by default ", "by clicking ", "by using ", "by submitting ", "by continuing ",
	"by signing ", "by contrast ", "by comparison ", "by far ",
	"von der ", "von den ", "von dem ",
	"par exemple ", "par contre ", "par ailleurs ", "par la ", "par le ", "par les ",
	"por ejemplo ", "por eso ", "por lo ", "por el ", "por la ", "por los ", "por las ",
	"di solito ", "di conseguenza ", "di nuovo ",
	"door de ", "door het ", "door een ",
}

// ProseOpening reports whether a text that BylineText accepts is a
// sentence of prose instead: it has at least minProseWords words and opens
// with one of proseOpenings. "By the end of this tutorial, you will…" is
// prose; "By Jane Doe" and a short "By the Editors" stay bylines.
func ProseOpening(text string) bool {
	if strings.Count(strings.TrimSpace(text), " ") < minProseWords-1 {
		return false
	}
	words := strings.Fields(NormalizePhrase(text))
	if len(words) < minProseWords {
		return false
	}
	return slices.Contains(proseOpenings, words[0]+" "+strings.TrimFunc(words[1], unicode.IsPunct)+" ")
}

// minProseWords is the fewest words ProseOpening reads as a sentence.
const minProseWords = 5

// NormalizePhrase case-folds s, collapses its whitespace and trims
// surrounding punctuation and symbols, so "  Share via: " and "SHARE VIA"
// compare equal. It also folds what varies between renderings of the same
// words: full-width ASCII ("：", "５") and Arabic-Indic digits become ASCII,
// dotless ı becomes i (Turkish upper case loses the dot), and invisible
// format characters (zero-width spaces, direction marks, soft hyphens),
// Arabic vowel marks and the tatweel are dropped.
func NormalizePhrase(s string) string {
	if isNormal(s) {
		return s
	}
	s = strings.TrimFunc(s, trimmedRune)
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			// ASCII, most of most pages' text: no folding, nothing
			// ignorable, white space is \t to \r and " "
			i++
			switch {
			case c == ' ' || '\t' <= c && c <= '\r':
				space = true
				continue
			case 'A' <= c && c <= 'Z':
				c += 'a' - 'A'
			}
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteByte(c)
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		r = foldRune(r)
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if ignorable(r) {
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// isNormal reports whether NormalizePhrase leaves s as it is: folded,
// lower case, single spaces, nothing to trim at either end. Callers that
// normalise a text once and pass the result on take this path, which
// neither allocates nor builds.
func isNormal(s string) bool {
	if s == "" {
		return true
	}
	if first, _ := utf8.DecodeRuneInString(s); trimmedRune(first) {
		return false
	}
	if last, _ := utf8.DecodeLastRuneInString(s); trimmedRune(last) {
		return false
	}
	space := false
	for _, r := range s {
		switch {
		case r == ' ':
			if space {
				return false
			}
			space = true
			continue
		case r < 0x80:
			if 'A' <= r && r <= 'Z' || r == '\t' || r == '\n' || r == '\v' || r == '\f' || r == '\r' {
				return false
			}
		case r == utf8.RuneError || foldRune(r) != r || unicode.IsSpace(r) || ignorable(r) || unicode.ToLower(r) != r:
			return false
		}
		space = false
	}
	return true
}

// trimmedRune reports a rune NormalizePhrase trims from the ends of a text:
// white space, punctuation and symbols but for "(", ")" and "!", and
// invisible format characters.
func trimmedRune(r rune) bool {
	r = foldRune(r)
	return unicode.IsSpace(r) || unicode.IsPunct(r) && r != '(' && r != ')' && r != '!' || unicode.IsSymbol(r) || ignorable(r)
}

// foldRune maps full-width ASCII forms and Arabic-Indic digits to ASCII, and
// dotless ı to i.
func foldRune(r rune) rune {
	switch {
	case r < 0x80:
		return r
	case r >= 0xFF01 && r <= 0xFF5E: // full-width "！" to "～"
		return r - 0xFF01 + '!'
	case r >= 0x0660 && r <= 0x0669: // Arabic-Indic digits
		return r - 0x0660 + '0'
	case r >= 0x06F0 && r <= 0x06F9: // Extended Arabic-Indic digits
		return r - 0x06F0 + '0'
	case r == 'ı':
		return 'i'
	}
	return r
}

// ignorable reports a rune that does not change how a phrase reads: format
// characters (U+200B zero-width space, U+200E/F direction marks, U+00AD soft
// hyphen, U+FEFF), Arabic vowel marks and the tatweel.
func ignorable(r rune) bool {
	switch {
	case r < 0xAD:
		return false
	case r >= 0x064B && r <= 0x065F, r == 0x0670, r == 0x0640:
		return true
	}
	return unicode.Is(unicode.Cf, r)
}

// normalizeAll returns the distinct normalised forms of a table's entries,
// keeping a trailing space that marks a whole word ("more on ").
func normalizeAll(entries []string) []string {
	out := make([]string, 0, len(entries))
	for _, e := range entries {
		n := NormalizePhrase(e)
		if strings.HasSuffix(e, " ") {
			n += " "
		}
		if n != "" && !slices.Contains(out, n) {
			out = append(out, n)
		}
	}
	return out
}

// alternation joins a table's normalised entries into a regexp
// alternation, sorted so that the regexp compiler merges their common
// prefixes (which alternative matches does not matter to a whole-text match).
func alternation(entries []string) string {
	n := normalizeAll(entries)
	slices.Sort(n)
	for i, e := range n {
		n[i] = regexp.QuoteMeta(e)
	}
	return strings.Join(n, "|")
}

// monthNames are month names, their inflected forms and abbreviations by
// language, for recognising datelines.
var monthNames = map[string][]string{
	"en": {"jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june",
		"jul", "july", "aug", "august", "sep", "sept", "september", "oct", "october", "nov",
		"november", "dec", "december"},
	"de": {"januar", "jänner", "februar", "märz", "mär", "april", "mai", "juni", "juli", "august",
		"september", "oktober", "okt", "november", "dezember", "dez"},
	"fr": {"janvier", "janv", "février", "févr", "fév", "mars", "avril", "avr", "mai", "juin", "juillet",
		"juil", "août", "septembre", "octobre", "novembre", "décembre", "déc"},
	"es": {"enero", "ene", "febrero", "marzo", "abril", "abr", "mayo", "junio", "julio", "agosto", "ago",
		"septiembre", "setiembre", "set", "octubre", "noviembre", "diciembre", "dic"},
	"it": {"gennaio", "gen", "febbraio", "marzo", "aprile", "maggio", "mag", "giugno", "giu", "luglio",
		"lug", "agosto", "settembre", "ottobre", "ott", "novembre", "dicembre"},
	"pt": {"janeiro", "fevereiro", "fev", "março", "abril", "maio", "junho", "julho", "agosto",
		"setembro", "outubro", "out", "novembro", "dezembro"},
	"nl": {"januari", "februari", "maart", "mrt", "april", "mei", "juni", "juli", "augustus",
		"september", "oktober", "november", "december"},
	// nominative and genitive: "3 lutego 2026"
	"pl": {"styczeń", "stycznia", "sty", "luty", "lutego", "lut", "marzec", "marca", "kwiecień",
		"kwietnia", "kwi", "maj", "maja", "czerwiec", "czerwca", "cze", "lipiec", "lipca", "lip",
		"sierpień", "sierpnia", "sie", "wrzesień", "września", "wrz", "październik", "października",
		"paź", "listopad", "listopada", "lis", "grudzień", "grudnia", "gru"},
	// nominative and genitive: "3 февраля 2026 г."
	"ru": {"январь", "января", "янв", "февраль", "февраля", "фев", "февр", "март", "марта", "мар",
		"апрель", "апреля", "апр", "май", "мая", "июнь", "июня", "июн", "июль", "июля", "июл",
		"август", "августа", "авг", "сентябрь", "сентября", "сен", "сент", "октябрь", "октября",
		"окт", "ноябрь", "ноября", "ноя", "нояб", "декабрь", "декабря", "дек"},
	"tr": {"ocak", "oca", "şubat", "şub", "mart", "nisan", "nis", "mayıs", "haziran", "haz", "temmuz",
		"tem", "ağustos", "ağu", "eylül", "eyl", "ekim", "eki", "kasım", "kas", "aralık", "ara"},
	// Egyptian and Gulf names, then Levantine ones
	"ar": {"يناير", "فبراير", "مارس", "أبريل", "ابريل", "إبريل", "مايو", "يونيو", "يونيه", "يوليو", "يوليه",
		"أغسطس", "اغسطس", "سبتمبر", "أكتوبر", "اكتوبر", "نوفمبر", "ديسمبر",
		"كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول",
		"تشرين الأول", "تشرين الثاني", "كانون الأول"},
}

// monthFirst are the languages whose month names may open a dateline before
// the day ("February 3, 2026"); the others are read day first.
var monthFirst = []string{"en", "de", "fr", "es", "it", "pt", "nl"}

// weekdayNames are weekday names by language. They may open a dateline
// ("Dienstag, 3. Februar 2026"); in the languages of closingWeekdays they
// may also close it ("3 Şubat 2026 Salı", "2026年2月3日 星期二"). English
// ones are matched by their first three letters.
var weekdayNames = map[string][]string{
	"de": {"montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend", "sonntag"},
	"fr": {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"},
	"es": {"lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"},
	"it": {"lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"},
	"pt": {"segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"},
	"nl": {"maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"},
	"pl": {"poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"},
	"ru": {"понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"},
	"tr": {"pazartesi", "salı", "çarşamba", "perşembe", "cuma", "cumartesi", "pazar"},
	"ar": {"الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الاربعاء", "الخميس", "الجمعة", "السبت", "الأحد", "الاحد"},
	"zh": {"星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日", "星期天",
		"周一", "周二", "周三", "周四", "周五", "周六", "周日", "週一", "週二", "週三", "週四", "週五", "週六", "週日"},
	"ja": {"月曜日", "火曜日", "水曜日", "木曜日", "金曜日", "土曜日", "日曜日"},
	"ko": {"월요일", "화요일", "수요일", "목요일", "금요일", "토요일", "일요일"},
}

// closingWeekdays are the languages whose weekday may follow the date.
var closingWeekdays = []string{"tr", "zh", "ja", "ko"}

// datePrefixes introduce a dateline, by language: "Updated",
// "Veröffentlicht am", "Опубликовано", "发布时间", "公開日", "입력".
var datePrefixes = map[string][]string{
	"en": {"updated", "published", "posted", "modified"},
	"de": {"aktualisiert", "veröffentlicht", "stand"},
	"fr": {"publié", "mis à jour", "modifié"},
	"es": {"publicado", "actualizado"},
	"it": {"pubblicato", "aggiornato"},
	"pt": {"publicado", "atualizado"},
	"nl": {"gepubliceerd", "bijgewerkt"},
	"pl": {"opublikowano", "zaktualizowano", "aktualizacja", "data publikacji"},
	"ru": {"опубликовано", "обновлено", "дата публикации"},
	"tr": {"yayınlanma", "yayınlanma tarihi", "yayın tarihi", "güncelleme", "güncellenme", "son güncelleme"},
	"zh": {"发布时间", "發布時間", "发布于", "發佈於", "發布於", "发表于", "發表於", "更新时间", "更新時間", "更新于", "更新於"},
	"ja": {"公開日", "更新日", "投稿日", "最終更新日", "公開", "更新"},
	"ko": {"입력", "수정", "등록", "게시일", "작성일", "업데이트", "기사입력", "최종수정"},
	"ar": {"نشر في", "نشر", "تم النشر", "آخر تحديث", "تاريخ النشر", "تحديث"},
}

// relativeTimes are "5 hours ago" in each language.
const relativeTimes = `\d+ (?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?) ago|` +
	// de, fr, es, pt
	`vor \d+ (?:minuten?|min|stunden?|std|tagen?|wochen?|monaten?|jahren?)|` +
	`il y a \d+ (?:minutes?|min|heures?|h|jours?|semaines?|mois|ans?)|` +
	`hace \d+ (?:minutos?|min|horas?|h|días?|semanas?|meses|mes|años?)|` +
	`há \d+ (?:minutos?|min|horas?|h|dias?|semanas?|meses|mês|anos?)|` +
	// it, nl, pl, ru, tr
	`\d+ (?:minuti|minuto|ore|ora|giorni|giorno|settimane|settimana|mesi|mese|anni|anno) fa|` +
	`\d+ (?:minuten|minuut|uur|dagen|dag|weken|week|maanden|maand|jaar|jaren) geleden|` +
	`\d+ (?:minut[ay]?|godzin[ay]?|godz|dni|dzień|tygodni[e]?|tydzień|miesiąc[ey]?|miesięcy|lat[a]?|rok) temu|` +
	`\d+ (?:минут[уы]?|мин|час(?:а|ов)?|дн(?:я|ей)|день|недел[юиь]|месяц(?:а|ев)?|год(?:а)?|лет) назад|` +
	`\d+ (?:dakika|dk|saat|gün|hafta|ay|yil) önce|` +
	// zh, ja, ko, ar
	`\d+ ?(?:分钟|分鐘|小时|小時|天|周|週|个月|個月|年) ?前|` +
	`\d+ ?(?:分|時間|日|週間|か月|ヶ月|年) ?前|` +
	`\d+ ?(?:분|시간|일|주|개월|년) 전|` +
	`منذ \d+ (?:دقيقة|دقائق|ساعة|ساعات|يوم|أيام|ايام|أسبوع|أسابيع|شهر|أشهر|سنة|سنوات)`

// words returns the entries of a table by language: of the languages
// given, or of all.
func words(table map[string][]string, langs ...string) []string {
	var out []string
	if len(langs) == 0 {
		for _, ws := range table {
			out = append(out, ws...)
		}
		return out
	}
	for _, l := range langs {
		out = append(out, table[l]...)
	}
	return out
}

// datePrefixPattern is a dateline's introduction: "Updated on", "Publié le",
// "发布时间：".
var datePrefixPattern = `(?:(?:last )?(?:` + alternation(words(datePrefixes)) + `)(?: (?:on|am|el|le|il|at|em|op|в|dnia))? ?:? ?)`

// dateLinePattern matches a block that is only a date or time, optionally
// introduced by "Updated"/"Published": "Feb. 3, 2026", "3:17 PM PT",
// "Updated January 15, 2026 at 3:00 p.m. ET", "2026-02-03", "3 de febrero de 2026",
// "3 lutego 2026 r.", "2026年2月3日", "2026. 2. 3.", "입력 2026.02.03 14:05".
//
// dateLineDigitPattern is dateLinePattern for a text that starts with an
// ASCII digit: no introduction, weekday or month name can open it (their
// words start with letters, TestDateWordsStartWithLetters), so it is the
// pattern without them, which the regexp engine runs several times faster.
var dateLinePattern, dateLineDigitPattern = func() (*anchoredPattern, *anchoredPattern) {
	months := `(?:` + alternation(words(monthNames)) + `)`
	monthsFirst := `(?:` + alternation(words(monthNames, monthFirst...)) + `)`
	weekday := `(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*|` + alternation(words(weekdayNames)) + `)`
	closing := `(?:` + alternation(words(weekdayNames, closingWeekdays...)) + `)`
	numeric := `` +
		// "3 February 2026", "3. Februar 2026", "3 de febrero de 2026", "3 февраля 2026 г."
		`\d{1,2}(?:st|nd|rd|th|er)?\.? (?:de )?` + months + `\.?[,،]?(?: de)? \d{4}(?: (?:г|года|r|roku)\.?)?|` +
		// "2026-02-03", "03.02.2026", "3/2/26", "2026/02/03", "2026. 2. 3"
		`\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}[./] ?\d{1,2}[./] ?\d{1,2}\.?|` +
		// "2026年2月3日", "2026년 2월 3일"
		`\d{4} ?年 ?\d{1,2} ?月 ?\d{1,2} ?日|\d{4}년 ?\d{1,2}월 ?\d{1,2}일|` +
		// "3:17 pm pt", "15:30"
		`\d{1,2}[:.]\d{2} ?(?:[ap]\.?m\.?)?(?: [a-z]{1,4})?`
	date := `(?:` + numeric + `|` +
		// "February 3, 2026"
		monthsFirst + `\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}|` +
		relativeTimes +
		`)`
	// "(火)", "(화)", "星期二", "salı" after the date
	after := `(?: ?\(\p{L}{1,3}\)|,? ?` + closing + `)?`
	clock := `(?:\d{1,2}[:.h]\d{2}(?: ?[ap]\.?m\.?)?|\d{1,2}時\d{1,2}分|\d{1,2}시 ?\d{1,2}분)`
	// ", 14:05 Uhr", " at 3:00 p.m. ET", " в 14:05", " 오후 2:05"
	tm := `(?:[,،]? (?:at |um |à |a las |às |alle |om |o |godz\.? |в |saat )?(?:오전 |오후 |上午 ?|下午 ?)?` +
		clock + `(?: uhr)?(?: [a-z]{1,4})?)?`
	return mustAnchored(`^` + datePrefixPattern + `?(?:` + weekday + `\.?[,،]? )?` + date + after + tm + `$`),
		mustAnchored(`^(?:` + numeric + `|` + relativeTimes + `)` + after + tm + `$`)
}()

// matchDateLine is dateLinePattern.MatchString, by way of
// dateLineDigitPattern for a text that starts with a digit.
func matchDateLine(n string) bool {
	if n != "" && '0' <= n[0] && n[0] <= '9' {
		return dateLineDigitPattern.MatchString(n)
	}
	return dateLinePattern.MatchString(n)
}

// secondDate finds where a second, introduced date starts in a dateline:
// "Published Jan 3, 2026 | Updated Jan 4, 2026", "입력 2026.02.03 14:05
// 수정 2026.02.04 10:00".
var secondDate = regexp.MustCompile(`(?: ?[|·] ?| )(` + datePrefixPattern + `\S)`)

// datePrefixWords are datePrefixes normalised, for a quick test before
// secondDate runs.
var datePrefixWords = normalizeAll(words(datePrefixes))

// containsAny reports whether s contains one of ws.
func containsAny(s string, ws []string) bool {
	for _, w := range ws {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// DateLine reports whether a short block is only a date or time, or two
// dates the second of which is introduced ("Updated …").
func DateLine(text string) bool {
	return DateLineNorm(NormalizePhrase(text))
}

// DateLineNorm is DateLine for a text NormalizePhrase gave.
func DateLineNorm(n string) bool {
	if len(n) > 80 || !hasDigit(n) {
		return false
	}
	if matchDateLine(n) {
		return true
	}
	if !containsAny(n, datePrefixWords) {
		return false // secondDate needs one
	}
	for _, m := range secondDate.FindAllStringSubmatchIndex(n, -1) {
		if m[0] > 0 && matchDateLine(n[:m[0]]) && matchDateLine(n[m[2]:]) {
			return true
		}
	}
	return false
}

// HasCurrency reports whether text holds a currency sign ("$", "€", "£",
// "¥", "₹"): a number beside one is a price, never a date or a time.
func HasCurrency(text string) bool {
	for _, r := range text {
		if unicode.Is(unicode.Sc, r) {
			return true
		}
	}
	return false
}

// replyPrefixes start the subjects of replies in forums and mail archives.
var replyPrefixes = []string{"re: ", "re:", "aw: ", "sv: ", "antw: ", "r: ", "res: ", "rif: ", "odp: ", "vs: "}

// StripReplyPrefix removes reply prefixes ("Re: ", "AW: ") from a
// normalised subject.
func StripReplyPrefix(s string) string {
	for again := true; again; {
		again = false
		for _, p := range replyPrefixes {
			if rest, ok := strings.CutPrefix(s, p); ok {
				s, again = strings.TrimSpace(rest), true
			}
		}
	}
	return s
}
