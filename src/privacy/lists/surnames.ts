// Common surnames in the Netherlands (the part after any tussenvoegsel: "de Vries" is listed as "Vries").
//
// Source: compiled by hand for this project (a subset of frequent names, no file copied) with the public
// frequency rankings of the Meertens Instituut's Nederlandse Familienamenbank and CBS as reference, plus
// names typical of West-Friesland/Noord-Holland and surnames common among Dutch families of Turkish,
// Moroccan, Surinamese (Hindustani, Creole, Javanese), Antillean, Moluccan, Polish and Chinese/Vietnamese
// descent. Individual names are facts, not protected works; this compilation is part of the project and
// carries its licence. Surnames that are also ordinary Dutch words are listed in ordinary-words.ts.
import { words } from './words.js';

const dutch = words(`
  Aalbers Aarts Appel Appelman Baas Bakker Bakkers Beek Beekman Beemsterboer Beers Berends Berg Bergsma Bezemer
  Bijl Bijlsma Blok Blokland Blom Boer Boersma Bood Boom Boon Borst Bos Bosch Bosma Bosman Bot Bouma Bouwman
  Bouwmeester Brand Brink Brinkman Broek Broekhuizen Broekman Brouwer Bruijn Bruin Bruins Buijs Buis Claassen
  Coenen Commandeur Cornelissen Dam Dekker Dijk Dijkman Dijkstra Dirksen Doorn Doornbos Draaisma Driessen
  Duinmeijer Elzinga Evers Franke Gerrits Gerritsen Geurts Glas Goossens Graaf Groen Groenewegen Groot Haan
  Hamers Hart Hartman Heijden Heijnen Hendriks Hendrikx Hermans Heuvel Hoek Hoekstra Hoeks Hofman Hoogendoorn
  Hoogeveen Hoogland Horst Houben Huisman Jacobs Jager Jansen Janssen Jong Jonge Jonker Jonkers Kaag Kaan
  Kamphuis Keizer Klaassen Klaver Klein Knol Koch Kok Koning Koomen Koopman Koopmans Kortekaas Koster Kramer
  Kremer Kroes Kroon Kruis Kuijpers Kuijs Kuiper Kuipers Laan Lambers Lammers Lange Leeuw Leeuwen Ligthart
  Linden Loon Maas Mantel Martens Meer Meijer Meijers Mertens Meulen Mol Molenaar Mulder Mulders Nieuwenhuis
  Nijhuis Nobel Noordermeer Ooijevaar Oosterhuis Oosterveld Otten Ouwehand Overtoom Paap Peeters Peters
  Pieters Ploeg Pol Pool Post Postma Prins Pronk Reijnders Rietveld Rijn Roelofs Roos Rozendaal Ruiter Ruiters
  Rutten Sanders Schaap Scheffer Schipper Schmidt Schoenmaker Schols Scholten Schouten Schuitemaker Schuurman
  Siebers Sijm Slegers Slot Sluiter Smeets Smit Smits Snijders Spijker Stam Steenbergen Stevens Stoffels Stoop
  Teunissen Tesselaar Thijssen Timmerman Timmermans Tromp Valk Veen Veenstra Velde Velden Veldhuis Veldman
  Ven Verbeek Verhagen Verheij Verhoeven Verkerk Vermeer Vermeulen Verschuren Verweij Vink Visscher Visser
  Vlaming Vliet Voogd Vos Vries Vrolijk Wagenaar Wal Westerhof Wijk Wijnands Wijnen Wijngaarden Wijte Willems
  Willemsen Wit Witteveen Wolff Wolters Wouters Zanten Zijlstra Zuidema Zuurbier Zwaan Zwart
`);

const turkish = words(`
  Acar Akgül Akın Akin Aksoy Aktaş Aktas Altun Arslan Aslan Ateş Ates Avcı Avci Aydın Aydin Bayram Bilgin
  Bozkurt Bulut Çakır Cakir Çelik Celik Çetin Cetin Demir Demirci Doğan Dogan Duman Ekinci Erdem Erdoğan Erdogan
  Gök Güler Guler Güneş Gunes Kahraman Kaplan Kara Karaca Kaya Keskin Kılıç Kilic Koç Koc Korkmaz Kurt
  Özdemir Ozdemir Özer Ozer Özkan Ozkan Öztürk Ozturk Polat Sarı Şahin Sahin Şimşek Simsek Taş Tekin Tunç Turan
  Uçar Ucar Ünal Unal Uysal Yavuz Yıldırım Yildirim Yıldız Yildiz Yılmaz Yilmaz Yücel Yucel
`);

const moroccan = words(`
  Aarab Aboutaleb Abdellaoui Achahbar Ahmadi Akhiat Alaoui Amrabat Amrani Azarkan Azzouzi Bakkali Belhaj Benali
  Benhaddou Bouali Bouazza Bouchaib Bouhali Boujdi Boukhari Boulahrouz Boussaid Boutaleb Bouzid Bouzidi Chakir
  Chaoui Charif Dahri Daoudi Fadili Ghazi Haddou Haddouchi Hajji Hamdaoui Hamdi Hammouti Hamouchi Harchaoui
  Idrissi Jabri Kaddouri Karrouch Kasmi Khalfi Khattabi Laghmich Lamrani Mahmoudi Mansouri Marrakchi Marzouki
  Mazraoui Messaoudi Mourabit Moussaoui Ouahabi Ouali Ouazzani Oukili Rachidi Riffi Saadi Saidi Semlali Sghir
  Tahiri Tahri Touzani Yacoubi Yahyaoui Zaari Zaoui Ziani Zitouni Ziyech
`);

const surinameseAntilleanMoluccan = words(`
  Atmodikoro Badloe Baldewsingh Bhola Biharie Bissumbhar Bouterse Brunings Cijntje Croes Davids Doelwijt Doerga
  Dors Dumfries Eersel Emanuelson Fernandes Fraenk Gummels Isenia Jagesar Janga Jankie Kalloe Karijo
  Kartodikromo Koendjbiharie Kross Lachman Landveld Leito Linger Maduro Mahabier Mangroe Marchena Martina
  Mathoera Mungra Nahar Narain Oemrawsingh Persaud Pinas Pieternella Poeran Ramautar Rambaran Ramdhani Ramdin
  Ramkisoen Ramlal Ramnath Ramsaran Rosaria Santokhi Sardjoe Sedney Seedorf Sewnath Sital Soekhoe Soerdjan
  Soerjoe Tewari Tjin Tjon Wijngaarde Winklaar Anakotta Huwae Latuheru Latumahina Leatemia Lesnussa Manuhutu
  Matulessy Nanlohy Pattiasina Pattinama Pattipeilohy Ririmasse Sahetapy Siahaya Sopacua Souisa Tahapary
  Tuhumury Wattimena
`);

const polishAndOther = words(`
  Adamczyk Dąbrowski Dabrowski Dudek Grabowski Jabłoński Jankowski Jaworski Kamiński Kaminski Kamińska Kowalczyk
  Kowalski Kowalska Kozłowski Krawczyk Król Kwiatkowski Lewandowski Lewandowska Majewski Malinowski Mazur
  Michalski Nowak Nowakowski Nowicki Olszewski Pawłowski Piotrowski Sikora Szymański Szymanski Wieczorek
  Wiśniewski Wisniewski Wiśniewska Wójcik Wojcik Woźniak Wozniak Wróbel Zając Zieliński Zielinski
  Chen Cheung Huang Nguyen Pham Tran Wong Zhang Abdi Mohamud Haile Tekle Tesfaye Gebremedhin Hussein
`);

export const SURNAMES: readonly string[] = [
  ...dutch,
  ...turkish,
  ...moroccan,
  ...surinameseAntilleanMoluccan,
  ...polishAndOther,
];
