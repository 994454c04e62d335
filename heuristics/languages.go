package heuristics

import "strings"

// Stopwords are the most frequent short words of each language pith
// recognises in Latin and Cyrillic script, by BCP 47 primary subtag: a
// text's language is the one whose words it uses most. Words shared by
// several languages count for each; the lists favour words that tell
// close languages apart (Danish "af", Norwegian "av", Swedish "och").
var Stopwords = func() map[string]map[string]bool {
	lists := map[string]string{
		"en": "the and of to is in that it for was on are with as this be at by not from have or but which you they their has been were will an would can there what about more when who also",
		"de": "der die und das ist nicht ein eine zu den von mit sich des auf für dem im auch es werden wird sind bei einer oder aus wie noch nach wenn aber hat",
		"fr": "le la les et des est une un du que qui dans pour pas sur au sont avec ce il elle plus par ne se aux été cette mais ou son nous vous leur",
		"es": "el la los las de que y en un una es por con para del se no al lo como más pero sus le ha este esta son fue está también entre cuando muy",
		"it": "il di che la e è per un una non con sono del della le gli dei nel alla anche come più ma si ha questo questa dalla degli nella essere",
		"pt": "o a os as de que e do da em um uma para com não é por mais dos das se ao na no como mas foi ou seu sua são também pelo pela está",
		"nl": "de het een en van is dat op te in zijn voor met niet aan er ook als bij maar om dan door naar wordt deze wat nog worden heeft",
		"sv": "och att det som en är av för på med inte den till har de ett om var men från kan så vi jag eller när sig också efter hade",
		"da": "og at det som en er af for på med ikke den til har de et om var men fra kan så vi jeg eller når sig også efter havde blev",
		"no": "og at det som en er av for på med ikke den til har de et om var men fra kan så vi jeg eller når seg også etter hadde ble",
		"fi": "ja on ei se että oli hän mutta tai kun ovat myös jo vain sen kuin joka mukaan ole olla sekä tämä niin nyt vielä",
		"pl": "i w na z że się nie do to jest jak o po co ale od za są dla przez tak jego czy już jej może tylko które który",
		"cs": "a v se na je že to s z do pro jako by ale o jsou jeho které který byl tak jen až při už také nebo bylo není",
		"sk": "a v sa na je že to s z do pre ako by ale o sú jeho ktoré ktorý bol tak len až pri už tiež alebo bolo nie",
		"ro": "și în de la a cu pe că nu din o se este pentru mai un care sau ale al lui fost sunt au dar acest această",
		"hu": "a az és hogy nem is egy van meg de ez mint csak már el volt ki még vagy azt ezt lesz pedig után szerint",
		"tr": "ve bir bu da de için ile ne çok daha gibi olarak olan en kadar ama sonra var değil ise her şey ya mı",
		"id": "yang dan di dari ini itu dengan untuk tidak dalam akan pada juga ke ada oleh karena bisa atau sudah mereka kami kita",
		"ca": "el la els les i de que en un una és per amb no del al es com més però seu seva són també ha aquest aquesta",
		"hr": "i je u na da se za su od s ne to koji kao iz ali ili su bio bila biti će sam smo jer samo nije",
		"ru": "и в не на что с по как это он она но из к у же за от для так все его был если или бы только уже",
		"uk": "і в не на що з по як це він вона але із до у же за від для так все його був якщо або б тільки вже",
		"bg": "и в не на че с по като това той тя но от към у за до така всички го беше ако или би само вече са",
	}
	m := make(map[string]map[string]bool, len(lists))
	for lang, words := range lists {
		set := make(map[string]bool)
		for _, w := range strings.Fields(words) {
			set[w] = true
		}
		m[lang] = set
	}
	return m
}()
