import lunr from 'lunr';
import registerFinnish from 'lunr-languages/lunr.fi.js';
import registerStemmerSupport from 'lunr-languages/lunr.stemmer.support.js';

interface FinnishPlugin {
  stemmer: lunr.PipelineFunction;
  stopWordFilter: lunr.PipelineFunction;
}

let finnish: FinnishPlugin | undefined;

/** lunr-languages' Finnish Snowball stemmer and stop words, registered once (they are pure functions). */
function plugin(): FinnishPlugin {
  if (finnish === undefined) {
    registerStemmerSupport(lunr);
    registerFinnish(lunr);
    finnish = (lunr as unknown as { fi: FinnishPlugin }).fi;
  }
  return finnish;
}

/**
 * Words that carry no content in questions: question words, auxiliaries, pronouns, fillers.
 * They are dropped from queries (lunr's Finnish stop word list covers the most common ones).
 */
export const QUESTION_WORDS_FI = new Set(
  `voiko voi voinko voimme voitteko voivatko voisiko voisin voisimme voisitteko saako saanko saammeko saa saisinko saisiko
   paljonko kuinka paljon montako monta monesta moneen monessa monesko kyse kyseessä mones mikä mitkä mitä mikäs mitäs missä mistä mihin milloin koska kuka ketkä kenelle keneen keneltä kenen
   miten millainen millaisia minkä minkälainen minkälaisia onko ovatko oliko olisiko olenko olemmeko ko kö
   tarvitaan tarvitseeko tarvitsee tarvitsemme tarvitaanko pitääkö pitää täytyykö täytyy kannattaako kannattaa pitäisi tulee tuleeko
   kauan kauanko pitkään kerro kerrotko kertoa tietää tiedätkö tiedättekö tietoa haluaisin haluan haluaisimme haluamme haluaa
   meidän meillä meille meitä me minun minulla minä mä mun sinun te teidän teillä se ne tämä tää tuo nämä
   hei moi moikka terve kiitos kiitti please vielä nyt jo joko jokos jokohan myös sitten siis eli ja tai sekä vai mutta että kun jos niin
   yms esim esimerkiksi mm jne ihan aivan vähän paljon tosi oikein ihmeen ihme mikäli jotain jotakin joku jokin ole olla on ovat olisi
   vois voisko voiks ois olis oisko oliskohan oliks olikos onks saaks paljonks montaks pitääks kannattaaks meiän meijän teiän mitäs
   meil mul sul teil niil meit meiät sit sitte kans tääl siel tos täs noi nää mite miks ollu ollut olleet jossain jostain johonkin jonnekin missään mistään mihinkään mennessä asti saakka lähtien alkaen
   itse laittaa laitetaan tehdä tehdään tekee tulla mennä käydä hoitaa asioida asioimaan saada olemassa yhdessä
   ite itte tehä tehää tehään nii pittää pittäis pittääkö pitäs oikeen mites vaa niinku niiku kumpikin kummankin kummallekin etukäteen vaikkei passaa passais tekköö tekkee eri miettiä miettimään pohtia
   jokainen jokaisen jokaista jokaiselle jokaisella kukin omillaan omin omilla
   usea useampi useamman useat useita useampia tapahtui tapahtuu tapahtunut tapahtuneet
   mainitaan mainittu mainittua mainittuna mainitun mainitut mainitussa mainitusta mainitulla mainitulle mainittuun mainittuja mainitaanhan puhutaan eikä ettei oo pitäis saanu yhessä sopii käy käypi
   sai teki tuli silti enemmän vasta enää samalla ikinä pelkästään nimenomaan tahansa jollain
   tällaset tällasta tällanen tällasia sellasta sellanen sellaset sellasia semmonen semmoset semmosia semmosii semmoisia semmosen tämmösiä tämmösii tämmösen tämmönen
   jotenki niitten kaikki kaikkien kaikille omillamme omillanne juttunsa
   kannattais kannattaisi kysyy kysyä kysyn kysytään ku tarttisin tartten tarvitsisin tarvis tarviin varten
   tarkoittaa tarkottaa tarkoitetaan tarkotetaan tarkoittaako tarkottaako
   kertoo kertovat kerrotaan kertoi kertoivat lukea lukemaan ilmoitetaan ilmoitettu ilmoitettuna ilmoitetut ilmoitetun ilmoitettuja esitetään esitetty esitetyt esitetyn todetaan todettu todetut kuvataan kuvattu kuvatut lueteltu luetellaan luetellut lueteltuja
   päätyttyä loputtua päättyessä muu muuta muut muita muun muille muilta muissa muihin monen monien muuten muutenkin muutenki muutenkaan muutama muutaman muutamia muutamalla johonkin jonkin jollekin joltakin jossakin jostakin ennen jälkeen kuin
   tehty tehtiin tehdyt tehnyt tehneet juttu jutun juttua juttuun jutusta jutut asia asiaa asian asiassa asiasta asiat asioita asioista asioihin asioiden asioissa homma homman hommaa menee mietitään miettii
   kuten lopulta oikeastaan oikeestaan oikeasti oikeesti käytännössä käytännös ylipäätään ylipäänsä tosiaan lähinnä jotenkin mitään mitenkään
   no joo lyhyesti lyhyest lyhykäisyydessään tiivistetysti pähkinänkuoressa mis alla verrattuna verrattuina verrattaessa muistaakseni muistaakseen muistelen muistelisin muistanko muistinko menikö meniks meni
   sellainen sellaista sellaiset sellaisia sellaiselle sellaisille sellaiseen sellaisiin sellaisen semmoinen semmoista semmoiseen semmosta semmoseen
   tällainen tällaista tällaiset tällaisia tällaiselle tällaisille tällaiseen tällaisiin tällaisen tämmöinen tämmöistä tämmöiseen tämmönen
   sieltä siellä sinne täältä täällä tänne sinne tähän siihen tuolla tuonne sieltäkin sielä täälä ol papereissa papereista papereis paperissa paperista papereiden lukua lukuja
   ollaan oltais oltaisiin oltiin olemme olen olin kai kait ehkä varmaan varmasti paikkansa näin nähty huomasin kuulin
   voidaanko voidaan voidaanks voimmeko voimme voitaisiinko voitaisko voisimmeko
   haluun haluttais haluttaisiin halutaan jonkun jonkin joku jokin joltain kukaan kenelläkään mikään mitään per
   saavansa saadakseen saamaan saamassa saamiseksi saadaan saadaanko saatais saataisiin saatiin saanut saaneet saavat saamme saan saisi saisimme
   tietty tietyt tietylle tiettyä tietyn tietyille tiettyyn tietyssä antoi antanut antoivat teen teemme kokonaisuudessaan erikseen pakko alussa lopussa muutakin muitakin tarkalleen tarkkaan tarkemmin entä entäs entäpä
   millanen millasia millasta minkälasia minkälanen mimmonen mimmosta mimmosia mimmosiin mimmoseen mimmoset mimmosen sannoo sannoot sannootko suunnilleen suunnillee piirtein likimain anto ittelleen itselleen itellensä itsellensä ittelle itselle millaiset millaisen millaista millaiseen millaisiin millaisissa tällaseen tällasiin tällasen toistensa toisiaan toisilleen toisistaan juttuja jutuista juttuihin jutuissa voin voit voitte voivat kenel kelle keltä tekemässä kuuluvan kuuluvat mist löytyy löytyykö löytyis löytyisi löytyiskö löytää löydän löydetään
   osalta johdannossa johdannon johdanto muille muilta muissa muihin tekeville tekevät tekevien tekeviin tekeviä tekevää muodossa
   sillon silloin kaikkiaan kaikkiansa puolella
   ol myö hyö mekin meitäkin meilläkin meillekin meidänkin meiänkin meijänkin jonku kans päin pitäny pitänyt pitänu
   minkälaiselle minkälaisille minkälaiseen minkälaisiin minkälaisen minkälaista minkälaiset minkälaisessa minkälaisissa minkälaisella millaiselle millaisille millaisessa millaisella
   merkitty merkitään merkittiin merkattu puolelta puolella olikaan onkaan olikohan luin luettiin tiedotettiin tiedotettu tiedotetaan tota toi ton tuota suuruisia suuruinen suuruista suuruisen kokoisia kokoinen pystyi pystyy pystyykö pystyttiin nimi nimen nimeä nimeltään tavoitettavissa tavoitettava tavoittaa tavoitan tavoittanut kirjattu kirjattuna kirjattiin kirjataan kirjoitettu kirjoitettuna yhtenä lisäksi aina tasan sanoo sanotaan sanoi sanovat sanotko näitten näiden noitten noiden
   ajatus hakenu laitto herännyt ehdotti suoraan riittää piti pois viime yhtään kunnolla ensin haluis haluais kyselee mut sais näkee nähtiin isoa isompaa kivaa jonain jonakin jokaisesta jokaiselta pelkät pelkkä pelkkiä pelkkää arvioi arviolta kannalta ilman joukossa joukosta joukkoon ollenkaan ollenkaa lainkaan tietynlainen tietynlaista tietynlaiset tietynlaisia tietynlaisiin tietynlaiseen tietynlaisen
   alunperin kerrottu kerrotun kerrotussa kerrotusta kerrottiin kerrotut olemaan olevan olevansa nimellä nimeltä nimeltään esiin esille kuulimme kuultiin kuullut kuulleet kuulemma eräs erään eräässä eräästä eräälle eräältä eräällä eräitä eräissä eräistä
   lukee luki lukevat lukisi luettavissa kohta kohtaa kohdassa kohdan kohdasta kohdat kohdissa
   otsikon otsikossa otsikon alla ranskalainen ranskalaisen ranskalaisia ranskalaista viiva viivan viivat viivoja viivaa virke virkkeen virkkeessä virkkeet lauseen lauseessa rivi rivin rivillä riville luettelo luettelon luettelossa listan listassa listalla
   vuoden eikö eikös eiks eihän totta
   vain vaan ainoastaan ommoo onkos onkohan tämmösistä tämmöisistä tällaisista tällasista sellaisista sellasista semmosista semmoisista maininta mainintaa mainintoja mainintaakaan
   tavalla tavoin mittee mie sie miun siun miulla siulla miule siule mihinkä missäkä mistäkä mitenkä kuis pal useempi usseempi useemman usseemman
   varsinainen varsinaisen varsinaista varsinaiset varsinaiseen varsinaisesti varsinaisia varsinaisessa varsinaisten
   kumpi kumpaa kumman kummalle kummalla kummasta kumpaan kummat kummatko kumpiko kumpaako
   muistan muistin väärin väärää ymmärtääkseni käsittääkseni ymmärsin käsitin ymmärrän käsitän ymmärränkö käsitänkö ymmärsinkö käsitinkö oletan oletin oletankin luulen luulin luulisin uskon uskoin uskomme uskoo
   luku luvun luvut
   kaikkia kaikkiin kaikilla kaikilta kaikissa
   tohon tossa tosta tolla tolle tolta tuohon tuossa tuosta tuolle tuolta noihin noissa noista noille noilla
   sanalla sanoin sanoilla termillä ilmaisulla nimityksellä kutsutaan kutsuttu kutsutaanko nimitetään nimitetäänkö
   kerron kerromme kerrotte kertoisin kertoisimme kertomaan
   voisi voisit voisitte voisivat
   puhuttiin puhuttu puhuu puhuvat
   kuului kuuluivat esiteltiin esitelty esitellään esitellyssä todettiin todetaan lueteltiin luetellaan luettelee listattiin listataan nimettiin esitettiin esitetään sanottiin mainittiin kirjoitetaan
   kysyisin kysyisimme kysyin kysyi kysyivät kysyisi kysyttiin haluaisi haluaisivat halusi halusivat haluavat haluatte haluaisitte pyysi pyysivät pyydän pyytää pyysin selvittämään selvittää selvitä kiva tarvitsen taho tahot tahon tahoa taholta tahoja tahoilta
   omansa omaansa omanaan omiaan omamme omanne
   alus alusta alkupuolella alkupuolelta alkupuolen loppupuolella loppupuolelta lopusta lol lolz haha hahaa hehe heh jeejee muista muistaa muistanut
   tekivät tekivätkö tekisivät käytettiin käytettiinkö käytettäisiin käytettävissä kaa jutella jutellaan juteltiin jutellessa jotta jottei täsmälleen koskeva koskevassa koskevaa koskevat koskevia koskevan koskevissa koskevista koskien samoja samat samaa kirjoittaessa kirjoittaessani
   luvataan luvattiin luvattu toinen vaihtoehto vaihtoehtona yhtä ero eroa erot eroja eroaa jää jäi jäikö kerran kaltaisissa kaltainen kaltaista kaltaisia kaltaiseen pääotsikon pääotsikko pääotsikossa
   perässä sulkeissa suluissa sulkuihin sulkeisiin lyhenne lyhenteen lyhennettä lyhenteenä
   hankeapu botti`.split(/\s+/).filter((w) => w !== ''),
);

export const STOP_WORDS_EN = new Set(
  `a an the is are was were be been being am do does did doing have has had having can could may might must shall should will would
   i me my we us our ours you your yours he she it its they them their what which who whom whose when where why how much many
   there here this that these those of in on at to for from by with about as into over under than then so and or but if not no yes
   any some all each every please tell know need needed want wanted get got give let also just still now yet again hi hello thanks thank
   is it s t don doesn isn aren mean means meaning kind kinds type types sort exactly actually really roughly approximately
   run runs running ran behind belong belongs belonging cover covers covered opened driven held hold holds happen happens happened
   do does done make makes made take takes took give gives given go goes went come comes came say says said use used see look find found
   work works keep kept else besides other others list lists listed part parts recorded record records written stated someone anyone something anything ever per able possible whether which whose
   carry carries carried carrying implemented out up off according meant supposed stand stands among mention mentions mentioned named itself themselves himself herself ones particular single things several
   too either neither his her hers first didn wasn weren hasn haven couldn shouldn wouldn worked working mainly mostly told someone
   like view most around section describe described describes saying one through somewhere anywhere somehow thought think guess`.split(/\s+/).filter((w) => w !== ''),
);

/** Characters that split words. Hyphens and dashes split compounds written with them ("ESR-hanke"). */
const SEPARATORS = /[\s\-‐‑‒–—―/\\()[\]{}"'“”„«»,;:!?*<>|=+&#@$%^~`´]+/u;

/**
 * Splits text into lower-case words, keeping dates ("10.5.2024"), decimals and
 * dotted names ("suomi.fi") whole (and their parts); "20%" gives "20" and "prosentti", "ESR+" gives "esr".
 */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  // "20 %" and "2 M€" are asked about in words ("prosenttia", "euroa").
  // Finnish has no locale-specific case rules, so the plain (faster) lower-casing is the same.
  // "5 000" and "5000", "250 000" and "250000" are one number, however the thousands are spaced.
  const lower = text.normalize('NFC').toLowerCase().replace(/%/g, ' prosentti ').replace(/€/g, ' euro ');
  // (Looked for only where a digit, a space and a digit stand together: the full pattern costs a third of tokenizing.)
  const spelled = SPACED_DIGITS.test(lower) ? lower.replace(SPACED_THOUSANDS, (n) => n.replace(/[^\p{N}]/gu, '')) : lower;
  for (const raw of spelled.split(SEPARATORS)) {
    const word = isWordChar(raw.charCodeAt(0)) && isWordChar(raw.charCodeAt(raw.length - 1)) ? raw : raw.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    if (word === '') continue;
    // "keväthaulla", "syyshaussa": a season's call is the season and the call, which the documents name apart.
    const seasonCall = word.length > 7 && word.includes('ha') ? SEASON_CALL.exec(word) : null;
    if (seasonCall !== null) {
      out.push(seasonCall[1] ?? '', seasonCall[2] ?? '');
      continue;
    }
    out.push(word);
    // "teija.sivonen", "www.pksotu.fi": the parts are words too. Dates and decimals stay whole.
    if (word.includes('.') && /\p{L}/u.test(word)) {
      for (const part of word.split('.')) if (part.length > 1) out.push(part);
    }
  }
  return out;
}

/** A number written with its thousands spaced apart ("5 000", "250 000", "1 000 000"), not part of a date or a decimal. */
/** What every SPACED_THOUSANDS match has: a digit, a space, a digit. */
const SPACED_DIGITS = /\p{N}[ \u00a0\u202f]\p{N}/u;
const SPACED_THOUSANDS = /(?<![\p{N}.,])\p{N}{1,3}(?:[ \u00a0\u202f]\p{N}{3})+(?!\p{N}|[.,]\p{N})/gu;

const SEASON_CALL = /^(kevät|kevään|syys|syksyn|kesä|kesän|talvi|talven)(haku|hakua|haun|haussa|hakuun|haulla|hausta|haulle|haut|hakuja)$/u;

/** a–z, 0–9, å, ä, ö: the common letters, checked without a Unicode regular expression. */
function isWordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 228 || code === 246 || code === 229;
}

/** lunr-languages' Finnish stop words that have "ä" or "ö" (its list as of 1.22), for reading them typed without. */
export const FINNISH_STOP_WORDS_WITH_UMLAUTS: readonly string[] = `eivät että heidän heidät heillä heiltä heissä heistä heitä hän häneen hänelle hänellä häneltä hänen hänessä hänestä hänet häntä
  keillä keiltä keinä keissä keistä keitä kenellä keneltä kenenä kenessä kenestä ketkä ketä meidän meidät meillä meiltä meissä meistä meitä mikä millä miltä
  minkä minä missä mistä mitkä mitä niillä niiltä niinä niissä niistä niitä näiden näihin näiksi näille näillä näiltä näinä näissä näistä näitä nämä sekä siinä
  siitä sillä siltä sinä sitä teidän teidät teillä teiltä teissä teistä teitä tähän täksi tälle tällä tältä tämä tämän tänä tässä tästä tätä`
  .split(/\s+/)
  .filter((w) => w !== '');

/** True when lunr's Finnish stop word list drops the word. */
export function isFinnishStopWord(word: string): boolean {
  return plugin().stopWordFilter(new lunr.Token(word, {}), 0, []) === undefined;
}

const stemCache = new Map<string, string>();

/** A number or dotted token ("2024", "10.5.2024"): kept as it is. */
const NUMBER_TOKEN = /^[\p{N}.,]+$/u;

/** The Snowball Finnish stem of a word that is not a number, not remembered. */
function snowball(word: string): string {
  const result = plugin().stemmer(new lunr.Token(word, {}), 0, []);
  const value = result instanceof lunr.Token ? result.toString() : word;
  return value === '' ? word : value;
}

/** The Snowball Finnish stem of one lower-case word; numbers and dotted tokens are kept as they are. */
export function stem(word: string): string {
  if (NUMBER_TOKEN.test(word)) return word;
  const cached = stemCache.get(word);
  if (cached !== undefined) return cached;
  const stemmed = snowball(word);
  if (stemCache.size < 50_000) stemCache.set(word, stemmed);
  return stemmed;
}

/**
 * `stem` with a memory of its own, for one batch of text (an index build): each of the batch's words is
 * stemmed once, and the memory goes with the batch instead of staying in `stem`'s for good (an index
 * build of 10,000 passages left 23,000 words there, 1.8 MB, which questions mostly never use).
 */
export function batchStemmer(): (word: string) => string {
  const known = new Map<string, string>();
  return (word) => {
    if (NUMBER_TOKEN.test(word)) return word;
    let stemmed = known.get(word);
    if (stemmed === undefined) known.set(word, (stemmed = snowball(word)));
    return stemmed;
  };
}

/** Words worth indexing or searching: drops stop words and one-letter tokens other than digits. */
export function contentWords(text: string): string[] {
  return tokenize(text).filter((w) => (w.length > 1 || /\p{N}/u.test(w)) && !isFinnishStopWord(w));
}

export { lunr };
